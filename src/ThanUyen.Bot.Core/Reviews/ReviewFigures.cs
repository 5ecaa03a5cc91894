using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Reviews;

/// <summary>
/// The review backlog and the median time to review, per commune, for /stats and /member. A commune lags when
/// a report has waited, or decisions take, longer than Review:NudgeAfterDays.
/// </summary>
public sealed class ReviewFigures(IOptions<ReviewOptions> options)
{
    /// <summary>Decisions on reports received in this window make the median: recent pace, not all time.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromDays(90);

    public sealed record Backlog(string CommuneId, int Waiting, TimeSpan? Oldest, TimeSpan? Median, bool Lags);

    public Backlog Of(Stores stores, string communeId, DateTime nowUtc)
    {
        var waiting = stores.Reviews.Waiting(communeId);
        TimeSpan? oldest = waiting.Count > 0 ? nowUtc - waiting.Min(ReviewStore.QueuedAt) : null;
        var median = Median(stores.Reviews.ReceivedSince(nowUtc - Window, communeId).SelectMany(Waits));
        var limit = TimeSpan.FromDays(options.Value.NudgeAfterDays);
        return new Backlog(communeId, waiting.Count, oldest, median, oldest > limit || median > limit);
    }

    /// <summary>How long each decision on the report took from when it (re-)entered the queue.</summary>
    public static IEnumerable<TimeSpan> Waits(Report report)
    {
        DateTime? since = report.ReceivedAt;
        foreach (var entry in report.Review.History)
        {
            if (entry.Status == ReviewStatus.Resubmitted)
                since = entry.At;
            else if (since is { } from)
            {
                yield return entry.At - from;
                since = null; // a later change of mind by an admin is not a review of a waiting report
            }
        }
    }

    public static TimeSpan? Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
            return null;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>/stats: one line per commune, then the communes that lag.</summary>
    public IEnumerable<string> StatsLines(Turn turn)
    {
        var lagging = new List<string>();
        foreach (var commune in turn.Catalogue.Communes())
        {
            var backlog = Of(turn.Stores, commune.Id, turn.Now);
            if (backlog.Lags)
                lagging.Add(commune.Name);
            yield return Line(commune.Name, backlog);
        }
        if (lagging.Count > 0)
            yield return T.ReviewLagging(string.Join(", ", lagging));
    }

    /// <summary>/member: the person's reports by status, and their commune's backlog.</summary>
    public IEnumerable<string> MemberLines(Turn turn, Member member)
    {
        var counts = turn
            .Reports.By(member.Id)
            .GroupBy(r => r.Review.Status)
            .OrderBy(g => g.Key)
            .Select(g => T.ReviewCount(g.Count(), T.ReviewStatusName(g.Key)))
            .ToList();
        if (counts.Count > 0)
            yield return T.ReviewMemberReports(string.Join(" · ", counts));
        if (member.CommuneId is { } id && turn.Catalogue.Commune(id) is { } commune)
            yield return Line(commune.Name, Of(turn.Stores, id, turn.Now));
    }

    private static string Line(string commune, Backlog b) =>
        T.ReviewBacklog(
            commune,
            b.Waiting,
            b.Oldest is { } o ? T.Duration(o) : null,
            b.Median is { } m ? T.Duration(m) : null,
            b.Lags
        );
}
