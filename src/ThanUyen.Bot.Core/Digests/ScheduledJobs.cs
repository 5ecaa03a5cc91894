using System.Globalization;
using Cronos;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Digests;

/// <summary>
/// What the clock triggers: weekly digests, Friday reminders, nudges for forgotten drafts, review messages.
/// Idempotent: call it as often as you like; the ledger makes each delivery happen once, and a digest missed
/// while the service was down goes out at the next call.
/// </summary>
public sealed class ScheduledJobs(
    Stores stores,
    DigestService digests,
    FlowRunner runner,
    ChannelDirectory channels,
    IOptions<BotOptions> bot,
    IOptions<DigestOptions> digestOptions,
    IOptions<ReminderOptions> reminderOptions,
    Reviews.ReviewJobs reviews
)
{
    private static readonly TimeSpan DigestCatchUp = TimeSpan.FromDays(7),
        ReminderCatchUp = TimeSpan.FromHours(24);

    /// <summary>Queues whatever is due at <paramref name="nowUtc"/>; returns how many messages it queued.</summary>
    public int RunDue(DateTime nowUtc)
    {
        var queued = Digests(nowUtc) + Reminders(nowUtc) + DraftNudges(nowUtc) + reviews.RunDue(nowUtc);
        Prune(nowUtc);
        return queued;
    }

    /// <summary>
    /// Hourly housekeeping: processed-update records older than 7 days (Telegram keeps updates 24 h, so
    /// none can come back) and delivered outbox rows older than 30 days. Failed rows stay for /stats.
    /// </summary>
    private void Prune(DateTime now)
    {
        if (
            stores.Meta.Get("pruned-at") is { } last
            && DateTime.Parse(last, CultureInfo.InvariantCulture).ToUniversalTime() > now.AddHours(-1)
        )
            return;
        stores.Writer.Write(() =>
        {
            stores.Inbox.PruneHandled(now.AddDays(-7));
            stores.Outbox.PruneSent(now.AddDays(-30));
            stores.Meta.Set("pruned-at", now.ToString("O", CultureInfo.InvariantCulture));
        });
    }

    /// <summary>The latest occurrence of a schedule at or before now, if it is recent enough to still act on.</summary>
    public DateTime? LastOccurrence(string cron, DateTime nowUtc, TimeSpan window) =>
        CronExpression
            .Parse(cron)
            .GetOccurrences(nowUtc - window, nowUtc, bot.Value.Zone, fromInclusive: true, toInclusive: true)
            .Select(d => (DateTime?)d)
            .LastOrDefault();

    private int Digests(DateTime now)
    {
        if (LastOccurrence(digestOptions.Value.Schedule, now, DigestCatchUp) is not { } due)
            return 0;
        var week = WeekRange.Containing(due, bot.Value.Zone).Previous;
        var queued = 0;
        foreach (var commune in stores.Catalogue.Communes())
        {
            var pending = digests
                .OfficersOf(commune.Id)
                .Where(o => !o.Unreachable && o.JoinedAt <= due && o.MainAddress.Length > 0)
                .Where(o => !stores.Ledger.Has(DigestKey(commune.Id, week, o.Id)))
                .ToList();
            // One digest per message size: a Zalo reader gets one fitted to 2,000 characters.
            foreach (var sameSize in pending.GroupBy(o => channels.For(ChatAddress.Parse(o.MainAddress)).MaxText))
            {
                var digest = digests.Build(commune, week, sameSize.Key);
                var chart = digests.Chart(digest);
                foreach (var officer in sameSize)
                    queued += QueueOnce(
                        DigestKey(commune.Id, week, officer.Id),
                        now,
                        digests.Messages(
                            digest,
                            ChatAddress.Parse(officer.MainAddress),
                            OutboxPriority.Digest,
                            now,
                            chart
                        )
                    );
            }
        }
        return queued;
    }

    public static string DigestKey(string communeId, WeekRange week, int memberId) =>
        $"digest:{communeId}:{week.Key}:{memberId}";

    private int Reminders(DateTime now)
    {
        if (LastOccurrence(reminderOptions.Value.Schedule, now, ReminderCatchUp) is not { } due)
            return 0;
        var week = WeekRange.Containing(due, bot.Value.Zone);
        var reported = stores.Reports.ReportersSince(week.StartUtc(bot.Value.Zone));
        var queued = 0;
        foreach (var member in stores.Members.Active(Role.Member).Where(m => !m.RemindersOff && !m.Unreachable))
        {
            if (reported.Contains(member.Id) || member.JoinedAt > due || member.MainAddress.Length == 0)
                continue;
            queued += QueueOnce(
                $"remind:{week.Key}:{member.Id}",
                now,
                [
                    new OutgoingMessage
                    {
                        Chat = member.MainAddress,
                        Text = T.ReminderWeekly,
                        Priority = OutboxPriority.Reminder,
                        CreatedAt = now,
                        NextAttemptAt = now,
                    },
                ]
            );
        }
        return queued;
    }

    private int DraftNudges(DateTime now)
    {
        var idleSince = now.AddHours(-bot.Value.DraftNudgeHours);
        var queued = 0;
        foreach (var draft in stores.Conversations.IdleSince(idleSince))
        {
            var title = runner.Find(draft.FlowId)?.Title ?? "";
            queued += stores.Writer.Write(() =>
            {
                var current = stores.Conversations.Find(draft.Id);
                if (current is null || current.Nudged || current.UpdatedAt > idleSince)
                    return 0;
                current.Nudged = true;
                stores.Conversations.Save(current);
                stores.Outbox.Add(
                    new OutgoingMessage
                    {
                        Chat = draft.Id,
                        Text = T.DraftNudge(title),
                        Priority = OutboxPriority.Reminder,
                        CreatedAt = now,
                        NextAttemptAt = now,
                    }
                );
                return 1;
            });
        }
        return queued;
    }

    /// <summary>Ledger entry and messages in one transaction: either both are stored or neither.</summary>
    private int QueueOnce(string key, DateTime now, List<OutgoingMessage> messages) =>
        stores.Writer.Write(() =>
        {
            if (!stores.Ledger.TryAdd(key, now))
                return 0;
            foreach (var m in messages)
                stores.Outbox.Add(m);
            return messages.Count;
        });
}
