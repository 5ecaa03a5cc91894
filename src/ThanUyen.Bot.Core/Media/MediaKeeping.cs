using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Media;

/// <summary>
/// Media follows its report. When a report is saved (in the same transaction): its platform files are queued for
/// fetching and its kept files are kept for good; files an edit dropped that no report uses any more are given
/// <see cref="UnusedGrace"/> (an undo, a backup taken meanwhile) before the hourly housekeeping deletes them.
/// </summary>
public static class MediaKeeping
{
    public static readonly TimeSpan UnusedGrace = TimeSpan.FromDays(30);

    public static void Saved(Stores stores, Report report, IEnumerable<string> before, DateTime now)
    {
        var uses = ReportMedia.All(report);
        foreach (var (reference, kind) in uses)
        {
            if (ReportMedia.KeptToken(stores, reference) is { } token)
                stores.Media.SetExpiry(token, null);
            if (!ReportMedia.IsKept(reference))
                stores.MediaFetches.Queue(
                    new MediaFetch
                    {
                        Id = reference,
                        Channel = report.Chat.Split(':')[0],
                        Kind = kind,
                        ReportCode = report.Code,
                        CreatedAt = now,
                        NextAttemptAt = now,
                    }
                );
        }
        var dropped = before.Except(uses.Select(u => u.Reference)).ToList();
        foreach (var reference in dropped.Where(r => !stores.Reports.UsesMedia(r, report.Id)))
        {
            stores.MediaFetches.Cancel(reference);
            if (ReportMedia.KeptToken(stores, reference) is { } token)
                stores.Media.SetExpiry(token, now + UnusedGrace);
        }
    }
}
