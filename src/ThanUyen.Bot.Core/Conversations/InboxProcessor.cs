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
    /// Whether it was new (not a re-delivery) and the toast to show when acknowledging it. Throws
    /// <see cref="StorageFailedException"/> when storage failed.
    /// </summary>
    public async Task<HandledMessage> HandleAsync(IncomingMessage message, CancellationToken ct = default)
    {
        string? toast = null;
        var handled = await writer
            .WriteAsync(
                () =>
                {
                    var isNew = engine.Handle(message, out var said);
                    toast = said;
                    return isNew;
                },
                () =>
                {
                    engine.HandleFailure(message);
                    return true;
                }
            )
            .WaitAsync(ct);
        signal.Notify();
        return new HandledMessage(handled, toast);
    }
}
