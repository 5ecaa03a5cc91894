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
/// the local day in the ledger: called every scheduler tick, each goes out once a day, and later that day when
/// the service was down at the hour.
/// </summary>
public sealed class ReviewJobs(Stores stores, IOptions<BotOptions> bot, IOptions<ReviewOptions> options)
{
    public int RunDue(DateTime nowUtc)
    {
        var local = bot.Value.ToLocal(nowUtc);
        if (local.Hour < options.Value.DailyHour)
            return 0;
        var waiting = stores.Reviews.Waiting();
        if (waiting.Count == 0)
            return 0;
        var day = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lateBefore = nowUtc.AddDays(-options.Value.NudgeAfterDays);
        var queued = 0;
        foreach (var reviewer in stores.Members.Active().Where(ReviewAccess.IsReviewer))
        {
            if (reviewer.Unreachable || reviewer.MainAddress.Length == 0)
                continue;
            var queue = waiting.Where(r => ReviewAccess.CanReview(reviewer, r)).ToList();
            if (queue.Count == 0)
                continue;
            var late = queue.Count(r => ReviewStore.QueuedAt(r) < lateBefore);
            if (stores.Reviews.Reviewer(reviewer.Id).Mode == ReviewMode.Daily)
                queued += QueueOnce(
                    $"review-daily:{day}:{reviewer.Id}",
                    reviewer,
                    T.ReviewDaily(queue.Count, late),
                    nowUtc
                );
            else if (reviewer.Role == Role.Officer && late > 0 && !reviewer.RemindersOff)
                queued += QueueOnce(
                    $"review-nudge:{day}:{reviewer.Id}",
                    reviewer,
                    T.ReviewNudge(late, options.Value.NudgeAfterDays),
                    nowUtc
                );
        }
        return queued;
    }

    /// <summary>Ledger entry and message in one transaction: either both are stored or neither.</summary>
    private int QueueOnce(string key, Member reviewer, string text, DateTime now) =>
        stores.Writer.Write(() =>
        {
            if (!stores.Ledger.TryAdd(key, now))
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
