using LiteDB;
using LiteDB.Engine;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// LiteDB's engine with one thread inside it at a time. LiteDB 5.0.21's page cache has a race between threads
/// (upstream issue #2817, fixed after 5.0.21, which is the newest version served here): when the cache grows,
/// <c>MemoryCache.Extend()</c> can recycle a cached page that another thread has looked up but not yet pinned.
/// The other thread then reads another page's bytes: seen here once as "pages in memory store must be
/// non-shared" under ConcurrencyTests' load; upstream also reports garbage index and document reads, and a
/// writer copying such a page would write it back. With one thread at a time in the engine the race cannot
/// happen. Transactions still interleave between calls as before (each LiteDB call is short; a query's reader
/// takes the lock for each document it reads), so a long read does not hold up the writer.
/// <para>
/// <see cref="Checkpoint"/> and <see cref="Rebuild"/> run outside the lock: they wait inside LiteDB until every
/// open transaction has ended, and a reader part-way through its documents needs the lock to end its own. While
/// they run, no transaction is open, so no other thread is touching the cache.
/// </para>
/// </summary>
internal sealed class SerializedEngine(ILiteEngine inner) : ILiteEngine
{
    private readonly Lock _lock = new();

    /// <summary>LiteDB's own engine, for <see cref="BotDatabase.AbandonFailedTransactions"/>.</summary>
    internal ILiteEngine Inner => inner;

    public int Checkpoint() => inner.Checkpoint();

    public long Rebuild(RebuildOptions options) => inner.Rebuild(options);

    public bool BeginTrans() => Locked(() => inner.BeginTrans());

    public bool Commit() => Locked(() => inner.Commit());

    public bool Rollback() => Locked(() => inner.Rollback());

    public IBsonDataReader Query(string collection, Query query)
    {
        lock (_lock)
            return new Reader(inner.Query(collection, query), _lock);
    }

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) =>
        Locked(() => inner.Insert(collection, docs, autoId));

    public int Update(string collection, IEnumerable<BsonDocument> docs) =>
        Locked(() => inner.Update(collection, docs));

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) =>
        Locked(() => inner.UpdateMany(collection, transform, predicate));

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) =>
        Locked(() => inner.Upsert(collection, docs, autoId));

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Locked(() => inner.Delete(collection, ids));

    public int DeleteMany(string collection, BsonExpression predicate) =>
        Locked(() => inner.DeleteMany(collection, predicate));

    public bool DropCollection(string name) => Locked(() => inner.DropCollection(name));

    public bool RenameCollection(string name, string newName) => Locked(() => inner.RenameCollection(name, newName));

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) =>
        Locked(() => inner.EnsureIndex(collection, name, expression, unique));

    public bool DropIndex(string collection, string name) => Locked(() => inner.DropIndex(collection, name));

    public BsonValue Pragma(string name) => Locked(() => inner.Pragma(name));

    public bool Pragma(string name, BsonValue value) => Locked(() => inner.Pragma(name, value));

    public void Dispose()
    {
        lock (_lock)
            inner.Dispose();
    }

    private T Locked<T>(Func<T> call)
    {
        lock (_lock)
            return call();
    }

    /// <summary>A query's documents, each read under the engine's lock (reading loads pages into the cache).</summary>
    private sealed class Reader(IBsonDataReader inner, Lock gate) : IBsonDataReader
    {
        public BsonValue this[string field]
        {
            get
            {
                lock (gate)
                    return inner[field];
            }
        }

        public string Collection => inner.Collection;

        public BsonValue Current
        {
            get
            {
                lock (gate)
                    return inner.Current;
            }
        }

        public bool HasValues
        {
            get
            {
                lock (gate)
                    return inner.HasValues;
            }
        }

        public bool Read()
        {
            lock (gate)
                return inner.Read();
        }

        public void Dispose()
        {
            lock (gate)
                inner.Dispose();
        }
    }
}
