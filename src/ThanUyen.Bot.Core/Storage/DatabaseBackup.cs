using LiteDB;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// A consistent copy made through LiteDB (never a byte copy of a live file, whose log pages may be
/// half-written). Point in time: while the writer is paused between two batches, the copy opens one read
/// transaction and takes LiteDB's per-collection snapshots of every collection at once; it then copies from
/// those snapshots while writes go on. The copy is a fresh file, readable by its owner only.
/// </summary>
public static class DatabaseBackup
{
    public static int CopyTo(Stores stores, string outPath, string? password)
    {
        var source = stores.Database;
        var full = Path.GetFullPath(outPath);
        if (source.FilePath is { } live && (SamePath(full, live) || SamePath(full, BotDatabase.LogPathOf(live))))
            throw new IOException($"The backup cannot overwrite the live database or its log ({full}).");
        if (File.Exists(full))
            File.Delete(full);
        DatabaseFile.PrepareOwnerOnly(full);
        var documents = 0;
        var target = new LiteDatabase(
            new ConnectionString { Filename = full, Password = string.IsNullOrEmpty(password) ? null : password }
        );
        try
        {
            var names = stores.Writer.Paused(() =>
            {
                source.Engine.BeginTrans();
                var all = source.Engine.GetCollectionNames().Where(n => !n.StartsWith('$')).ToList();
                foreach (var name in all)
                    _ = source.Engine.GetCollection(name).FindById(new BsonValue(Guid.Empty)); // takes the snapshot
                return all;
            });
            try
            {
                foreach (var name in names)
                {
                    var docs = source.Engine.GetCollection(name).FindAll().ToList();
                    if (docs.Count > 0)
                        target.GetCollection(name).InsertBulk(docs);
                    documents += docs.Count;
                }
            }
            finally
            {
                source.Engine.Rollback();
            }
            target.Checkpoint();
        }
        finally
        {
            target.Dispose();
        }
        // Reopening through BotDatabase rebuilds the indexes the service expects.
        using (new BotDatabase(new StorageOptions { DatabasePath = full, Password = password })) { }
        return documents;
    }

    /// <summary>
    /// Opens a backup (with the password it needs) and counts its reports, before a restore touches anything.
    /// Throws <see cref="InvalidDataException"/> when it is not a database this service can read.
    /// </summary>
    public static int Verify(string path, string? password)
    {
        var lockFile = DatabasePaths.Lock(path);
        var leftBefore = File.Exists(lockFile);
        try
        {
            using var check = new BotDatabase(new StorageOptions { DatabasePath = path, Password = password });
            return check.CountDocuments("reports");
        }
        catch (LiteException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
        finally
        {
            if (!leftBefore)
                File.Delete(lockFile); // nobody else opens a backup file: no lock file left beside it
        }
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
