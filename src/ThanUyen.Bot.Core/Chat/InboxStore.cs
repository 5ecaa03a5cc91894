using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Chat;

/// <summary>
/// The durable inbox: accept now (one small commit), handle right after, never lose what was accepted.
/// </summary>
public sealed class InboxStore(BotDatabase db, TimeProvider clock, InboxSignal signal)
{
    /// <summary>
    /// Stores the update unless it is already stored or already handled. Returns true when it is new.
    /// </summary>
    public bool Accept(IncomingMessage message)
    {
        var added = db.InTransaction(() =>
        {
            if (
                db.Inbox.FindById(message.DeliveryId) is not null
                || db.Processed.FindById(message.DeliveryId) is not null
            )
                return false;
            var entry = InboxEntry.From(message, clock.GetUtcNow().UtcDateTime);
            entry.Sequence = NextSequence();
            db.Inbox.Insert(entry);
            return true;
        });
        if (added)
            signal.Notify();
        return added;
    }

    private long NextSequence()
    {
        var next = long.Parse(db.GetMeta("inbox-seq") ?? "0", System.Globalization.CultureInfo.InvariantCulture) + 1;
        db.SetMeta("inbox-seq", next.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return next;
    }

    /// <summary>Waiting updates, oldest first (arrival order keeps each chat in order).</summary>
    public List<InboxEntry> Waiting(int max) => db.Inbox.Query().OrderBy(e => e.Sequence).Limit(max).ToList();
}
