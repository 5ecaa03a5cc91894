using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// The one thread that writes to the database. Every write transaction in the process runs here, so two
/// transactions can never take LiteDB's per-collection locks in opposite orders (which deadlocked until
/// LiteDB's 60 s lock timeout). Work queued meanwhile is committed together (group commit: one commit and
/// one disk sync for many messages); a batch whose work throws is rolled back and its items redone alone, and
/// an item that fails alone runs its fallback (or fails its caller). Callers are completed only after the
/// commit is durable. An I/O failure is fatal: the writer stops, fails everything queued, and raises
/// <see cref="Failed"/> so the host can exit and let systemd restart it on a healthy disk.
/// </summary>
public sealed partial class DatabaseWriter : IDisposable
{
    public const int MaxBatch = 64;
    private readonly Channel<WorkItem> _queue = Channel.CreateUnbounded<WorkItem>(
        new UnboundedChannelOptions { SingleReader = true }
    );
    private readonly BotDatabase _db;
    private readonly ILogger _log;
    private readonly Thread _thread;
    private Exception? _failure;

    public DatabaseWriter(BotDatabase db, ILogger<DatabaseWriter> log)
    {
        (_db, _log) = (db, log);
        _thread = new Thread(Run) { IsBackground = true, Name = "database-writer" };
        _thread.Start();
    }

    /// <summary>Raised once, on the writer thread, when storage failed for good.</summary>
    public event Action<Exception>? Failed;

    public bool IsWriterThread => Environment.CurrentManagedThreadId == _thread.ManagedThreadId;

    /// <summary>Transactions committed so far (each a group of writes; each followed by one log sync).</summary>
    public long Commits => Interlocked.Read(ref _commits);
    private long _commits;

    /// <summary>Writes committed so far: <see cref="Writes"/> over <see cref="Commits"/> is how well commits
    /// group.</summary>
    public long Writes => Interlocked.Read(ref _writes);
    private long _writes;

    /// <summary>
    /// Commits that wrote nothing (a repeat already recorded, a job with nothing due): no sync needed.
    /// </summary>
    public long EmptyCommits => Interlocked.Read(ref _emptyCommits);
    private long _emptyCommits;

    /// <summary>Set when storage failed: nothing more will be written.</summary>
    public Exception? Failure => Volatile.Read(ref _failure);

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction and completes once it is committed and durable.
    /// <paramref name="fallback"/> runs (in a transaction of its own) if the work throws even when run alone.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<T> work, Func<T>? fallback = null)
    {
        var item = new WorkItem<T>(work, fallback);
        if (Failure is { } failure)
            throw new StorageFailedException(failure);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(item), this);
        return item.Done.Task;
    }

    public Task WriteAsync(Action work) =>
        WriteAsync(() =>
        {
            work();
            return true;
        });

    /// <summary>
    /// The synchronous form. Called from the writer thread itself (a store writing inside a running
    /// turn), the work joins the transaction that is already open.
    /// </summary>
    public T Write<T>(Func<T> work)
    {
        if (IsWriterThread)
            return work();
        return WriteAsync(work).GetAwaiter().GetResult();
    }

    public void Write(Action work) =>
        Write(() =>
        {
            work();
            return true;
        });

    /// <summary>Throws unless called on the writer thread: stores call it before any write.</summary>
    public void EnsureWriting()
    {
        if (!IsWriterThread)
            throw new InvalidOperationException(
                "Database writes go through DatabaseWriter (Write/WriteAsync); this one came from another thread."
            );
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        if (!IsWriterThread)
            _thread.Join();
    }
}

/// <summary>Storage failed for good (disk full, I/O error): the service stops; nothing was acknowledged.</summary>
public sealed class StorageFailedException(Exception cause)
    : IOException("The database can no longer be written: " + cause.Message, cause);
