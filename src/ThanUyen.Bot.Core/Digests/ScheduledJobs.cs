using Cronos;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Digests;

/// <summary>
/// What the clock triggers: weekly digests, Friday reminders, nudges for forgotten drafts. Idempotent:
/// call it as often as you like; the ledger makes each delivery happen once, and a digest missed while
/// the service was down goes out at the next call.
/// </summary>
public sealed class ScheduledJobs(
    BotDatabase db,
    DigestService digests,
    FlowRunner runner,
    IOptions<BotOptions> bot,
    IOptions<DigestOptions> digestOptions,
    IOptions<ReminderOptions> reminderOptions
)
{
    private static readonly TimeSpan DigestCatchUp = TimeSpan.FromDays(7),
        ReminderCatchUp = TimeSpan.FromHours(24);

    /// <summary>Queues whatever is due at <paramref name="nowUtc"/>; returns how many messages it queued.</summary>
    public int RunDue(DateTime nowUtc)
    {
        var queued = Digests(nowUtc) + Reminders(nowUtc) + DraftNudges(nowUtc);
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
            db.GetMeta("pruned-at") is { } last
            && DateTime.Parse(last, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime()
                > now.AddHours(-1)
        )
            return;
        var processedBefore = now.AddDays(-7);
        var sentBefore = now.AddDays(-30);
        db.Processed.DeleteMany(p => p.At < processedBefore);
        db.Outbox.DeleteMany(m => m.Status == OutboxStatus.Sent && m.SentAt < sentBefore);
        db.SetMeta("pruned-at", now.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
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
        foreach (var commune in db.Communes.FindAll().ToList())
        {
            var officers = digests.OfficersOf(commune.Id).Where(o => !o.Unreachable && o.JoinedAt <= due).ToList();
            var pending = officers.Where(o => db.Ledger.FindById(DigestKey(commune.Id, week, o.Id)) is null).ToList();
            if (pending.Count == 0)
                continue;
            var digest = digests.Build(commune, week);
            var chart = digests.Chart(digest);
            foreach (var officer in pending)
                queued += QueueOnce(
                    DigestKey(commune.Id, week, officer.Id),
                    now,
                    digests.Messages(digest, ChatAddress.Parse(officer.MainAddress), OutboxPriority.Digest, now, chart)
                );
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
        var start = week.StartUtc(bot.Value.Zone);
        var reported = db.Reports.Find(r => r.ReceivedAt >= start).Select(r => r.ReporterId).ToHashSet();
        var queued = 0;
        foreach (
            var member in db
                .Members.Find(m => m.Active && m.Role == Role.Member && !m.RemindersOff && !m.Unreachable)
                .ToList()
        )
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
        foreach (var draft in db.Conversations.Find(c => !c.Nudged && c.UpdatedAt <= idleSince).ToList())
        {
            var title = runner.Find(draft.FlowId)?.Title ?? "";
            db.InTransaction(() =>
            {
                var current = db.Conversations.FindById(draft.Id);
                if (current is null || current.Nudged || current.UpdatedAt > idleSince)
                    return;
                current.Nudged = true;
                db.Conversations.Update(current);
                new OutboxStore(db).Add(
                    new OutgoingMessage
                    {
                        Chat = draft.Id,
                        Text = T.DraftNudge(title),
                        Priority = OutboxPriority.Reminder,
                        CreatedAt = now,
                        NextAttemptAt = now,
                    }
                );
                queued++;
            });
        }
        return queued;
    }

    /// <summary>Ledger entry and messages in one transaction: either both are stored or neither.</summary>
    private int QueueOnce(string key, DateTime now, List<OutgoingMessage> messages) =>
        db.InTransaction(() =>
        {
            if (db.Ledger.FindById(key) is not null)
                return 0;
            db.Ledger.Insert(new DigestLedgerEntry { Id = key, QueuedAt = now });
            var outbox = new OutboxStore(db);
            foreach (var m in messages)
                outbox.Add(m);
            return messages.Count;
        });
}
