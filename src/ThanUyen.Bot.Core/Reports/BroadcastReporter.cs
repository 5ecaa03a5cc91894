using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Reports;

/// <summary>When the last message of a broadcast is settled, tells its sender: sent / failed.</summary>
public static class BroadcastReporter
{
    public static (int Queued, int Sent, int Failed) Count(BotDatabase db, int broadcastId)
    {
        var messages = db.Outbox.Find(m => m.BroadcastId == broadcastId).ToList();
        return (
            messages.Count(m => m.Status == OutboxStatus.Pending),
            messages.Count(m => m.Status == OutboxStatus.Sent),
            messages.Count(m => m.Status is OutboxStatus.Failed or OutboxStatus.Unreachable)
        );
    }

    /// <summary>Returns true when it queued the report.</summary>
    public static bool ReportIfDone(BotDatabase db, int broadcastId, DateTime nowUtc) =>
        db.InTransaction(() =>
        {
            var broadcast = db.Broadcasts.FindById(broadcastId);
            if (broadcast is null || broadcast.ReportedAt is not null)
                return false;
            var (queued, sent, failed) = Count(db, broadcastId);
            if (queued > 0)
                return false;
            broadcast.ReportedAt = nowUtc;
            db.Broadcasts.Update(broadcast);
            new OutboxStore(db).Add(
                new OutgoingMessage
                {
                    Chat = broadcast.From,
                    Text = T.BroadcastDone(broadcastId, sent, failed),
                    Priority = OutboxPriority.Reply,
                    CreatedAt = nowUtc,
                    NextAttemptAt = nowUtc,
                }
            );
            return true;
        });
}
