using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ThanUyen.Bot.Core.Storage;

public sealed partial class DatabaseWriter
{
    private void Run()
    {
        var batch = new List<WorkItem>(MaxBatch);
        while (WaitForWork())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                if (item is PauseItem pause)
                {
                    // A pause is a batch of its own: everything before it is committed, nothing after it starts.
                    RunBatch(batch);
                    batch.Clear();
                    pause.Hold();
                    continue;
                }
                batch.Add(item);
            }
            RunBatch(batch);
        }
    }

    private bool WaitForWork()
    {
        try
        {
            return _queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void RunBatch(List<WorkItem> batch)
    {
        if (batch.Count == 0)
            return;
        if (Failure is { } failed)
        {
            foreach (var item in batch)
                item.Fail(new StorageFailedException(failed));
            return;
        }
        try
        {
            Commit(
                () =>
                {
                    foreach (var item in batch)
                        item.Run();
                },
                batch.Count
            );
            foreach (var item in batch)
                item.Complete();
            return;
        }
        catch (Exception e) when (!IsStorageFailure(e))
        {
            foreach (var item in batch)
                item.Reset();
            if (batch.Count == 1)
                RunFallback(batch[0], e);
            else
                foreach (var item in batch)
                    RunAlone(item);
        }
        catch (Exception e)
        {
            Fail(e, batch);
        }
    }

    private void RunAlone(WorkItem item)
    {
        try
        {
            Commit(item.Run, 1);
            item.Complete();
        }
        catch (Exception e) when (!IsStorageFailure(e))
        {
            item.Reset();
            RunFallback(item, e);
        }
        catch (Exception e)
        {
            Fail(e, [item]);
        }
    }

    private void RunFallback(WorkItem item, Exception error)
    {
        if (!item.HasFallback)
        {
            item.Fail(error);
            return;
        }
        _log.LogError(error, "A write failed even alone; its fallback runs instead");
        try
        {
            Commit(item.RunFallback, 1);
            item.Complete();
        }
        catch (Exception e) when (!IsStorageFailure(e))
        {
            item.Fail(e);
        }
        catch (Exception e)
        {
            Fail(e, [item]);
        }
    }

    /// <summary>One transaction of <paramref name="writes"/> writes, committed, then made durable before anyone is
    /// told.</summary>
    private void Commit(Action work, int writes)
    {
        var started = Stopwatch.GetTimestamp();
        _db.Engine.BeginTrans();
        long worked,
            committed;
        try
        {
            work();
            _db.BeforeCommit();
            worked = Stopwatch.GetTimestamp();
            _db.Engine.Commit();
            committed = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _commits);
            Interlocked.Add(ref _writes, writes);
        }
        catch
        {
            TryRollback();
            throw;
        }
        if (!_db.SyncLog())
            Interlocked.Increment(ref _emptyCommits);
        var total = Stopwatch.GetElapsedTime(started);
        if (total > SlowCommit)
            // LiteDB checkpoints inside a commit when its log passes 1,000 pages: that shows in "commit".
            _log.LogWarning(
                "A slow group commit: {Total:N0} ms (work {Work:N0} ms, commit {Commit:N0} ms, sync {Sync:N0} ms)",
                total.TotalMilliseconds,
                Stopwatch.GetElapsedTime(started, worked).TotalMilliseconds,
                Stopwatch.GetElapsedTime(worked, committed).TotalMilliseconds,
                Stopwatch.GetElapsedTime(committed).TotalMilliseconds
            );
    }

    /// <summary>A group commit slower than this is logged with where its time went.</summary>
    private static readonly TimeSpan SlowCommit = TimeSpan.FromMilliseconds(250);

    private void TryRollback()
    {
        try
        {
            _db.Engine.Rollback();
        }
        catch (Exception e)
        {
            // After an I/O error the engine is closed and rollback fails too; the commit's own error is what counts.
            _log.LogWarning(e, "Rollback failed");
        }
        finally
        {
            _db.Invalidated();
        }
    }

    /// <summary>
    /// Disk full, an I/O error, or LiteDB's engine closed after one (error 137 "disposed", 999 "invalid
    /// datafile state"): LiteDB 5 closes its engine for good on an IOException, so nothing can be written again.
    /// </summary>
    private static bool IsStorageFailure(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is IOException or UnauthorizedAccessException or LiteDB.LiteException { ErrorCode: 137 or 999 })
                return true;
        return false;
    }

    private void Fail(Exception error, List<WorkItem> batch)
    {
        if (Interlocked.CompareExchange(ref _failure, error, null) is null)
        {
            _db.AbandonFailedTransactions();
            _log.LogCritical(error, "The database can no longer be written; the service stops");
            _queue.Writer.TryComplete();
            Failed?.Invoke(error);
        }
        foreach (var item in batch)
            item.Fail(new StorageFailedException(error));
        while (_queue.Reader.TryRead(out var queued))
            queued.Fail(new StorageFailedException(error));
    }
}
