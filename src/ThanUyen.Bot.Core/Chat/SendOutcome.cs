namespace ThanUyen.Bot.Core.Chat;

public enum SendResult
{
    Sent,

    /// <summary>The platform asked us to wait (<see cref="SendOutcome.RetryAfter"/>).</summary>
    RateLimited,

    /// <summary>5xx, timeout, dropped connection: try again later.</summary>
    Transient,

    /// <summary>Blocked by the user, deactivated, chat gone: stop sending to this chat.</summary>
    Unreachable,

    /// <summary>The request itself is wrong (400): retrying cannot help.</summary>
    Rejected,
}

/// <param name="MessageId">
/// The platform's id of the message sent (Telegram message_id): what a later edit of it needs. For a message split
/// into several, the last one's (the one with the buttons).
/// </param>
public sealed record SendOutcome(
    SendResult Result,
    TimeSpan? RetryAfter = null,
    string? Error = null,
    string? MessageId = null
)
{
    public static readonly SendOutcome Ok = new(SendResult.Sent);

    public static SendOutcome Sent(string? messageId) => new(SendResult.Sent, MessageId: messageId);
}
