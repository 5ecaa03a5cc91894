using ThanUyen.Bot.Core.Digests;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>Scheduled deliveries that happened (digests, reminders): each is queued once.</summary>
public sealed class LedgerStore(BotDatabase db, DatabaseWriter writer)
{
    public bool Has(string key) => db.Ledger.FindById(key) is not null;

    /// <summary>Records the delivery; false when it was already recorded.</summary>
    public bool TryAdd(string key, DateTime atUtc)
    {
        writer.EnsureWriting();
        if (Has(key))
            return false;
        db.Ledger.Insert(new DigestLedgerEntry { Id = key, QueuedAt = atUtc });
        return true;
    }

    /// <summary>The latest delivery whose key starts with the prefix ("digest:pha-mu:").</summary>
    public DateTime? LastWithPrefix(string prefix) =>
        db.Ledger.Find(l => l.Id.StartsWith(prefix)).Select(l => (DateTime?)l.QueuedAt).Max();
}
