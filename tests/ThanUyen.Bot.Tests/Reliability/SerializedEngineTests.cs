using System.Reflection;
using LiteDB;
using LiteDB.Engine;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reliability;

/// <summary>
/// LiteDB 5.0.21's page cache races between threads (upstream #2817): seen here as "pages in memory store must
/// be non-shared" in ConcurrencyTests. The database lets one thread at a time into LiteDB's engine, reading a
/// query's documents included; a checkpoint waits for open transactions inside LiteDB, so it stays outside.
/// </summary>
public sealed class SerializedEngineTests
{
    [Fact]
    public void The_database_and_its_in_memory_twin_both_go_through_the_serialized_engine()
    {
        using var folder = new TempFolder();
        using var file = new BotDatabase(new StorageOptions { DatabasePath = folder.File("bot.db") });
        using var memory = new BotDatabase(new StorageOptions { DatabasePath = ":memory:" });
        foreach (var db in new[] { file, memory })
        {
            var engine = typeof(LiteDatabase)
                .GetField("_engine", BindingFlags.Instance | BindingFlags.NonPublic)!
                .GetValue(db.Engine);
            Assert.IsType<LiteEngine>(Assert.IsType<SerializedEngine>(engine).Inner);
        }
    }

    [Fact]
    public async Task Eight_threads_querying_reading_and_writing_are_never_inside_the_engine_together()
    {
        var inner = new CountingEngine();
        using var engine = new SerializedEngine(inner);
        await Task.WhenAll(
            Enumerable
                .Range(0, 8)
                .Select(t =>
                    Task.Run(() =>
                    {
                        for (var i = 0; i < 50; i++)
                        {
                            using (var reader = engine.Query("reports", new Query()))
                                while (reader.Read())
                                    _ = reader.Current;
                            engine.BeginTrans();
                            engine.Insert("reports", [new BsonDocument()], BsonAutoId.Int32);
                            engine.Commit();
                        }
                    })
                )
        );
        // Each round: the query, a read per document and the last, the documents, closing, then the write.
        Assert.Equal(8 * 50 * (1 + (CountingEngine.Documents + 1) + CountingEngine.Documents + 1 + 3), inner.Calls);
        Assert.Equal(1, inner.MostInside);
    }

    [Fact]
    public async Task A_checkpoint_is_not_held_up_by_a_thread_inside_the_engine()
    {
        var inner = new CountingEngine { HoldQueries = true };
        using var engine = new SerializedEngine(inner);
        var query = Task.Run(() => engine.Query("reports", new Query()).Dispose());
        Assert.True(inner.QueryEntered.Wait(TimeSpan.FromSeconds(10)));

        // LiteDB's checkpoint waits for open transactions; under the lock it would wait for a reader that needs it.
        var checkpoint = Task.Run(engine.Checkpoint);
        Assert.Same(checkpoint, await Task.WhenAny(checkpoint, Task.Delay(TimeSpan.FromSeconds(10))));
        inner.Release.Set();
        await query;
    }

    /// <summary>An engine that counts the threads inside it and lingers in each call so overlaps show.</summary>
    private sealed class CountingEngine : ILiteEngine
    {
        public const int Documents = 3;
        private int _inside;
        private int _calls;
        public int MostInside;
        public bool HoldQueries;
        public readonly ManualResetEventSlim QueryEntered = new();
        public readonly ManualResetEventSlim Release = new();

        public int Calls => Volatile.Read(ref _calls);

        public T Enter<T>(T result)
        {
            var now = Interlocked.Increment(ref _inside);
            Interlocked.Increment(ref _calls);
            int most;
            while (now > (most = Volatile.Read(ref MostInside)))
                if (Interlocked.CompareExchange(ref MostInside, now, most) == most)
                    break;
            Thread.SpinWait(2_000);
            Interlocked.Decrement(ref _inside);
            return result;
        }

        public int Checkpoint() => 0; // outside the lock: not counted

        public long Rebuild(RebuildOptions options) => 0;

        public bool BeginTrans() => Enter(true);

        public bool Commit() => Enter(true);

        public bool Rollback() => Enter(true);

        public IBsonDataReader Query(string collection, Query query)
        {
            if (HoldQueries)
            {
                QueryEntered.Set();
                Release.Wait();
            }
            return Enter<IBsonDataReader>(new CountingReader(this));
        }

        public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Enter(1);

        public int Update(string collection, IEnumerable<BsonDocument> docs) => Enter(1);

        public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) => Enter(1);

        public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Enter(1);

        public int Delete(string collection, IEnumerable<BsonValue> ids) => Enter(1);

        public int DeleteMany(string collection, BsonExpression predicate) => Enter(1);

        public bool DropCollection(string name) => Enter(true);

        public bool RenameCollection(string name, string newName) => Enter(true);

        public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) => Enter(true);

        public bool DropIndex(string collection, string name) => Enter(true);

        public BsonValue Pragma(string name) => Enter(BsonValue.Null);

        public bool Pragma(string name, BsonValue value) => Enter(true);

        public void Dispose() { }

        private sealed class CountingReader(CountingEngine engine) : IBsonDataReader
        {
            private int _read;

            public BsonValue this[string field] => BsonValue.Null;
            public string Collection => "reports";
            public BsonValue Current => engine.Enter(new BsonValue(_read));
            public bool HasValues => true;

            public bool Read() => engine.Enter(++_read <= Documents);

            public void Dispose() => engine.Enter(0);
        }
    }
}
