using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Reports;

/// <summary>When the last message of a broadcast is settled, tells its sender: sent / failed.</summary>
public static class BroadcastReporter
{
    /// <summary>
    /// Returns true when it queued the report. Runs on the writer (inside the outcome's transaction).
    /// </summary>
    public static bool ReportIfDone(Stores stores, int broadcastId, DateTime nowUtc)
    {
        var broadcast = stores.Broadcasts.Find(broadcastId);
        if (broadcast is null || broadcast.ReportedAt is not null)
            return false;
        var (queued, sent, failed) = stores.Outbox.BroadcastProgress(broadcastId);
        if (queued > 0)
            return false;
        broadcast.ReportedAt = nowUtc;
        stores.Broadcasts.Save(broadcast);
        stores.Outbox.Add(
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
    }
}
