namespace ThanUyen.Bot.Core.Storage;

/// <summary>Small key/value facts about the database itself (seed done, sequences, last housekeeping …).</summary>
public sealed class MetaStore(BotDatabase db, DatabaseWriter writer)
{
    public string? Get(string key) => db.Meta.FindById(key)?.Value;

    public void Set(string key, string value)
    {
        writer.EnsureWriting();
        db.Meta.Upsert(new MetaEntry { Id = key, Value = value });
    }
}
