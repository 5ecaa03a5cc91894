using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// Where channels hand in messages: each is handled by the engine on the database writer, grouped with
/// whatever else is queued (one commit and one disk sync for many chats), in arrival order so one chat's
/// messages stay in order. The returned task completes once the effects (state, report, replies in the
/// outbox) are durable: only then may a channel acknowledge the update to its platform. A message that
/// throws is retried alone, and if it throws again it is recorded as handled with an apology, so a poison
/// update cannot block the chat forever.
/// </summary>
public sealed class InboxProcessor(DatabaseWriter writer, ConversationEngine engine, OutboxSignal signal)
{
    /// <summary>
    /// True unless it was a re-delivery. Throws <see cref="StorageFailedException"/> when storage failed.
    /// </summary>
    public async Task<bool> HandleAsync(IncomingMessage message, CancellationToken ct = default)
    {
        var handled = await writer
            .WriteAsync(
                () => engine.Handle(message),
                () =>
                {
                    engine.HandleFailure(message);
                    return true;
                }
            )
            .WaitAsync(ct);
        signal.Notify();
        return handled;
    }
}
