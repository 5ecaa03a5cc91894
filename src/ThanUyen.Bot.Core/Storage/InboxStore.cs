using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// The durable inbox (accept now, handle right after, never lose what was accepted) and the record of
/// deliveries already handled (a re-delivered update is a no-op). Accepting goes through the writer and
/// completes once the update is durable: only then may a webhook answer 200 or Zalo be polled again.
/// </summary>
public sealed class InboxStore
{
    private readonly BotDatabase _db;
    private readonly DatabaseWriter _writer;
    private readonly TimeProvider _clock;
    private readonly InboxSignal _signal;
    private long _sequence;

    public InboxStore(BotDatabase db, DatabaseWriter writer, TimeProvider clock, InboxSignal signal)
    {
        (_db, _writer, _clock, _signal) = (db, writer, clock, signal);
        // Arrival order lives in memory, seeded from what is stored: no shared counter document to lock.
        _sequence = db.Inbox.Query().OrderByDescending(e => e.Sequence).Limit(1).FirstOrDefault()?.Sequence ?? 0;
    }

    /// <summary>Stores the update unless it is already stored or already handled. True when it is new.</summary>
    public async Task<bool> AcceptAsync(IncomingMessage message)
    {
        var added = await _writer.WriteAsync(() =>
        {
            if (Knows(message.DeliveryId))
                return false;
            var entry = InboxEntry.From(message, _clock.GetUtcNow().UtcDateTime);
            entry.Sequence = Interlocked.Increment(ref _sequence);
            _db.Inbox.Insert(entry);
            return true;
        });
        if (added)
            _signal.Notify();
        return added;
    }

    /// <summary>Already stored or already handled: a platform re-sent it.</summary>
    public bool Knows(string deliveryId) =>
        _db.Inbox.FindById(deliveryId) is not null || _db.Processed.FindById(deliveryId) is not null;

    /// <summary>Waiting updates, oldest first (arrival order keeps each chat in order).</summary>
    public List<InboxEntry> Waiting(int max) => _db.Inbox.Query().OrderBy(e => e.Sequence).Limit(max).ToList();

    public int CountWaiting() => _db.Inbox.Count();

    /// <summary>
    /// Records a delivery as handled (and takes it out of the inbox). False when it was handled before:
    /// one Upsert both records and detects the repeat.
    /// </summary>
    public bool MarkHandled(IncomingMessage message, DateTime nowUtc)
    {
        _writer.EnsureWriting();
        if (message.FromInbox)
            _db.Inbox.Delete(message.DeliveryId);
        return _db.Processed.Upsert(new ProcessedDelivery { Id = message.DeliveryId, At = nowUtc });
    }

    /// <summary>Handled-delivery records older than the cut-off (platforms re-send for 24 hours at most).</summary>
    public int PruneHandled(DateTime beforeUtc)
    {
        _writer.EnsureWriting();
        return _db.Processed.DeleteMany(p => p.At < beforeUtc);
    }
}
