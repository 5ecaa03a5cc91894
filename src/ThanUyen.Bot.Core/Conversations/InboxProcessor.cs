using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// The single writer. Channels hand it messages and await the commit. It takes whatever is queued
/// (up to <see cref="MaxBatch"/>) and handles it in one LiteDB transaction — one disk flush for many
/// chats — in arrival order, so one chat's messages stay in order. A message that throws is
/// retried alone, and if it throws again it is recorded as handled with an apology, so a poison
/// update cannot block the chat forever.
/// </summary>
public sealed class InboxProcessor : IAsyncDisposable
{
    public const int MaxBatch = 256;
    private readonly Channel<Work> _queue = Channel.CreateUnbounded<Work>(
        new UnboundedChannelOptions { SingleReader = true }
    );
    private readonly BotDatabase _db;
    private readonly ConversationEngine _engine;
    private readonly OutboxSignal _signal;
    private readonly ILogger<InboxProcessor> _log;
    private readonly Task _loop;

    private sealed record Work(IncomingMessage Message, TaskCompletionSource<bool> Done);

    public InboxProcessor(BotDatabase db, ConversationEngine engine, OutboxSignal signal, ILogger<InboxProcessor> log)
    {
        (_db, _engine, _signal, _log) = (db, engine, signal, log);
        _loop = Task
            .Factory.StartNew(RunAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            .Unwrap();
    }

    /// <summary>
    /// Completes once the message's effects (state, report, replies in the outbox) are committed. True unless it was a
    /// duplicate.
    /// </summary>
    public Task<bool> HandleAsync(IncomingMessage message, CancellationToken ct = default)
    {
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(new Work(message, done)), this);
        return done.Task.WaitAsync(ct);
    }

    private async Task RunAsync()
    {
        var batch = new List<Work>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var work))
                batch.Add(work);
            if (batch.Count == 0)
                continue;
            try
            {
                var results = _db.InTransaction(() => batch.Select(w => _engine.Handle(w.Message)).ToList());
                for (var i = 0; i < batch.Count; i++)
                    batch[i].Done.TrySetResult(results[i]);
            }
            catch (Exception) when (batch.Count > 1)
            {
                foreach (var work in batch)
                    HandleAlone(work);
            }
            catch (Exception e)
            {
                HandleAlone(batch[0], e);
            }
            _signal.Notify();
        }
    }

    private void HandleAlone(Work work, Exception? known = null)
    {
        try
        {
            if (known is not null)
                throw known;
            work.Done.TrySetResult(_db.InTransaction(() => _engine.Handle(work.Message)));
            return;
        }
        catch (Exception e)
        {
            _log.LogError(
                e,
                "Handling a message from {Chat} failed; it is recorded as handled with an apology",
                work.Message.Chat
            );
        }
        try
        {
            _db.InTransaction(() => _engine.HandleFailure(work.Message));
            work.Done.TrySetResult(true);
        }
        catch (Exception e)
        {
            // The database itself is failing: let the channel retry the delivery later.
            work.Done.TrySetException(e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }
}
