namespace ThanUyen.Bot.Core.Storage;

public sealed partial class DatabaseWriter
{
    /// <summary>One unit of work: run inside the batch's transaction, completed only after the commit.</summary>
    private abstract class WorkItem
    {
        public abstract bool HasFallback { get; }

        public abstract void Run();

        public abstract void RunFallback();

        /// <summary>The batch was rolled back: forget the result, the work runs again.</summary>
        public abstract void Reset();

        public abstract void Complete();

        public abstract void Fail(Exception error);
    }

    private sealed class WorkItem<T>(Func<T> work, Func<T>? fallback) : WorkItem
    {
        private T? _result;
        public TaskCompletionSource<T> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public override bool HasFallback => fallback is not null;

        public override void Run() => _result = work();

        public override void RunFallback() => _result = fallback!();

        public override void Reset() => _result = default;

        public override void Complete() => Done.TrySetResult(_result!);

        public override void Fail(Exception error) => Done.TrySetException(error);
    }

    /// <summary>Holds the writer between two batches while another thread takes a consistent snapshot.</summary>
    private sealed class PauseItem : WorkItem
    {
        public TaskCompletionSource Paused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public ManualResetEventSlim Resume { get; } = new();
        public override bool HasFallback => false;

        public void Hold()
        {
            Paused.TrySetResult();
            Resume.Wait();
            Resume.Dispose();
        }

        public override void Run() { }

        public override void RunFallback() { }

        public override void Reset() { }

        public override void Complete() { }

        public override void Fail(Exception error)
        {
            Paused.TrySetException(error);
        }
    }

    /// <summary>
    /// Runs <paramref name="whilePaused"/> on the calling thread while no write is in progress and none can
    /// start: LiteDB takes a read snapshot per collection when a transaction first reads it, so a backup
    /// opens its transaction and touches every collection here, then copies at leisure from one point in time.
    /// Synchronous on purpose: a LiteDB transaction belongs to the thread that opened it.
    /// </summary>
    public T Paused<T>(Func<T> whilePaused)
    {
        if (IsWriterThread)
            throw new InvalidOperationException("The writer cannot pause itself.");
        var pause = new PauseItem();
        if (Failure is { } failure)
            throw new StorageFailedException(failure);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pause), this);
        pause.Paused.Task.GetAwaiter().GetResult();
        try
        {
            return whilePaused();
        }
        finally
        {
            pause.Resume.Set();
        }
    }
}
