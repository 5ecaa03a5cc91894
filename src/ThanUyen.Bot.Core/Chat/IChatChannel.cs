namespace ThanUyen.Bot.Core.Chat;

/// <summary>A platform that can deliver outbox messages. Implemented in the host (Telegram, Zalo, Console).</summary>
public interface IChatChannel
{
    /// <summary>The prefix of the chat addresses it serves: "telegram", "zalo", "console".</summary>
    string Name { get; }

    Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// After a message from the durable inbox was handled: acknowledge it on the platform (stop a button's spinner).
    /// </summary>
    Task AcknowledgeAsync(IncomingMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Before a message is handled: fetch what the core cannot (a sent file, downloaded and kept as "media:…").
    /// </summary>
    Task<IncomingMessage> PrepareAsync(IncomingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(message);
}
