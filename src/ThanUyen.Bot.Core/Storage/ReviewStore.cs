using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reviews;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// Review queries over the reports (the queue, what was decided lately) and each reviewer's setting and open
/// card. The status itself lives on the report (<see cref="Report.Review"/>) and is saved with it.
/// </summary>
public sealed class ReviewStore(BotDatabase db, DatabaseWriter writer)
{
    /// <summary>Reports waiting for a decision, oldest in the queue first; optionally of one commune.</summary>
    public List<Report> Waiting(string? communeId = null) =>
        db
            .Reports.Find(r => r.Review.Status == ReviewStatus.New)
            .Concat(db.Reports.Find(r => r.Review.Status == ReviewStatus.Resubmitted))
            .Where(r => communeId is null || r.CommuneId == communeId)
            .OrderBy(QueuedAt)
            .ThenBy(r => r.Id)
            .ToList();

    /// <summary>When the report entered the queue: its resubmission, else its arrival.</summary>
    public static DateTime QueuedAt(Report report) => report.Review.WaitingSince ?? report.ReceivedAt;

    /// <summary>Reports received since then (their decisions give the review times); optionally one commune.</summary>
    public List<Report> ReceivedSince(DateTime fromUtc, string? communeId = null) =>
        db
            .Reports.Find(r => r.ReceivedAt >= fromUtc)
            .Where(r => communeId is null || r.CommuneId == communeId)
            .ToList();

    public ReviewerState Reviewer(int memberId) =>
        db.Reviewers.FindById(memberId) ?? new ReviewerState { Id = memberId };

    public void Save(ReviewerState state)
    {
        writer.EnsureWriting();
        db.Reviewers.Upsert(state);
    }
}
