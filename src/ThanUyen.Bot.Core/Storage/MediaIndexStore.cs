using LiteDB;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// The index of files the service keeps beside the database (media/): each file has an unguessable token,
/// a name, a type and maybe an expiry. The bytes live in files; this is what finds them.
/// </summary>
public sealed class MediaIndexStore(BotDatabase db, DatabaseWriter writer)
{
    public sealed record Entry(
        string Token,
        string File,
        string Name,
        string ContentType,
        DateTime? ExpiresUtc,
        string? Key
    );

    public void Add(Entry entry)
    {
        writer.EnsureWriting();
        db.Media.Insert(
            new BsonDocument
            {
                ["_id"] = entry.Token,
                ["file"] = entry.File,
                ["name"] = entry.Name,
                ["type"] = entry.ContentType,
                ["expires"] = entry.ExpiresUtc is { } e ? e : BsonValue.Null,
                ["key"] = entry.Key is { } k ? k : BsonValue.Null,
            }
        );
    }

    public Entry? Find(string token) => db.Media.FindById(token) is { } doc ? Read(doc) : null;

    /// <summary>The file saved earlier under a caller's key (an outbox message id): write each file once.</summary>
    public Entry? FindByKey(string key) => db.Media.FindOne("$.key = @0", key) is { } doc ? Read(doc) : null;

    /// <summary>
    /// The file names the index knows (files beside them that it does not know were left by a crash).
    /// </summary>
    public HashSet<string> KnownFiles() => db.Media.FindAll().Select(d => d["file"].AsString).ToHashSet();

    /// <summary>
    /// Files whose expiry has passed. Files kept for good have a null expiry, which LiteDB orders below any date.
    /// </summary>
    public List<Entry> ExpiredBefore(DateTime utc) =>
        db
            .Media.Find(BsonExpression.Create("$.expires < @0", utc))
            .Where(d => d["expires"].IsDateTime)
            .Select(Read)
            .ToList();

    /// <summary>Keeps a file for good (null) or until a time (a file no report uses any more).</summary>
    public void SetExpiry(string token, DateTime? expiresUtc)
    {
        writer.EnsureWriting();
        if (db.Media.FindById(token) is not { } doc)
            return;
        doc["expires"] = expiresUtc is { } e ? e : BsonValue.Null;
        db.Media.Update(doc);
    }

    public void Remove(string token)
    {
        writer.EnsureWriting();
        db.Media.Delete(token);
    }

    private static Entry Read(BsonDocument doc) =>
        new(
            doc["_id"].AsString,
            doc["file"].AsString,
            doc["name"].AsString,
            doc["type"].AsString,
            doc["expires"].IsDateTime ? doc["expires"].AsDateTime : null,
            doc["key"].IsString ? doc["key"].AsString : null
        );
}
