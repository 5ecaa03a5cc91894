using System.Globalization;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Reviews;

/// <summary>
/// From Review:DailyHour each day: "5 báo cáo chờ duyệt → /review" to reviewers who chose /review mode daily,
/// and one reminder to officers (reminders on) with reports waiting more than Review:NudgeAfterDays. Keyed by
/// the local day in the ledger: called every scheduler tick, each goes out once a day — at the first tick from
/// the hour, so later that day when the service was down at the hour.
/// </summary>
public sealed class ReviewJobs(Stores stores, IOptions<BotOptions> bot, IOptions<ReviewOptions> options)
{
    public int RunDue(DateTime nowUtc)
    {
        var local = bot.Value.ToLocal(nowUtc);
        if (local.Hour < options.Value.DailyHour)
            return 0;
        var day = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Called every tick: once today's messages are in the ledger, nothing is loaded and nothing written.
        var due = stores
            .Members.Active()
            .Where(m => ReviewAccess.IsReviewer(m) && !m.Unreachable && m.MainAddress.Length > 0)
            .Select(m => (Reviewer: m, Daily: stores.Reviews.Reviewer(m.Id).Mode == ReviewMode.Daily))
            .Where(x => x.Daily || (x.Reviewer.Role == Role.Officer && !x.Reviewer.RemindersOff))
            .Where(x => !stores.Ledger.Has(Key(x.Daily, day, x.Reviewer.Id)))
            .ToList();
        if (due.Count == 0)
            return 0;
        var waiting = stores.Reviews.Waiting();
        var lateBefore = nowUtc.AddDays(-options.Value.NudgeAfterDays);
        var queued = 0;
        foreach (var (reviewer, daily) in due)
        {
            var queue = waiting.Where(r => ReviewAccess.CanReview(reviewer, r)).ToList();
            var late = queue.Count(r => ReviewStore.QueuedAt(r) < lateBefore);
            // The day is marked done even with nothing to say: a report arriving at noon waits for tomorrow's
            // message, it does not make the "daily" one come at noon.
            var text =
                daily ? (queue.Count > 0 ? T.ReviewDaily(queue.Count, late) : null)
                : late > 0 ? T.ReviewNudge(late, options.Value.NudgeAfterDays)
                : null;
            queued += QueueOnce(Key(daily, day, reviewer.Id), reviewer, text, nowUtc);
        }
        return queued;
    }

    private static string Key(bool daily, string day, int memberId) =>
        $"{(daily ? "review-daily" : "review-nudge")}:{day}:{memberId}";

    /// <summary>Ledger entry and message (if any) in one transaction: either both are stored or neither.</summary>
    private int QueueOnce(string key, Member reviewer, string? text, DateTime now) =>
        stores.Writer.Write(() =>
        {
            if (!stores.Ledger.TryAdd(key, now) || text is null)
                return 0;
            stores.Outbox.Add(
                new OutgoingMessage
                {
                    Chat = reviewer.MainAddress,
                    Text = text,
                    Choices = [new Choice(T.ReviewOpenQueueButton, ButtonData.Menu("review"))],
                    NumberedChoices = false,
                    Priority = OutboxPriority.Reminder,
                    CreatedAt = now,
                    NextAttemptAt = now,
                }
            );
            return 1;
        });
}
