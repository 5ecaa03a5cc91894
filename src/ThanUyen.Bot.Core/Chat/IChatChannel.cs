namespace ThanUyen.Bot.Core.Chat;

/// <summary>A platform that can deliver outbox messages. Implemented in the host (Telegram, Zalo, Console).</summary>
public interface IChatChannel
{
    /// <summary>The prefix of the chat addresses it serves: "telegram", "zalo", "console".</summary>
    string Name { get; }

    /// <summary>
    /// Delivers one outbox entry: a message, or (where the capabilities say so) an edit or a command list.
    /// </summary>
    Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// After a message from a person was handled: acknowledge it on the platform (stop a button's spinner), with a
    /// short toast when the turn left one (a stale button) instead of a message in the chat.
    /// </summary>
    Task AcknowledgeAsync(IncomingMessage message, string? toast, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Shows a chat action ("typing…") once; platforms clear it after a few seconds.</summary>
    Task SendActionAsync(ChatAddress chat, ChatAction action, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Before a message is handled: fetch what the core cannot (a sent file, downloaded and kept as "media:…").
    /// </summary>
    Task<IncomingMessage> PrepareAsync(IncomingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(message);
}
