using LiteDB;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// A consistent copy made through LiteDB (never a byte copy of a live file, whose log pages may be
/// half-written): every collection is read inside one read transaction — a snapshot writers do not
/// disturb — and written into a fresh file, readable by its owner only.
/// </summary>
public static class DatabaseBackup
{
    public static int CopyTo(BotDatabase source, string outPath, string? password)
    {
        var full = Path.GetFullPath(outPath);
        if (File.Exists(full))
            File.Delete(full);
        DatabaseFile.PrepareOwnerOnly(full);
        var documents = 0;
        var target = new LiteDatabase(
            new ConnectionString { Filename = full, Password = string.IsNullOrEmpty(password) ? null : password }
        );
        try
        {
            source.Db.BeginTrans();
            try
            {
                foreach (var name in source.Db.GetCollectionNames().Where(n => !n.StartsWith('$')).ToList())
                {
                    var docs = source.Db.GetCollection(name).FindAll().ToList();
                    if (docs.Count > 0)
                        target.GetCollection(name).InsertBulk(docs);
                    documents += docs.Count;
                }
            }
            finally
            {
                source.Db.Rollback();
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
}
