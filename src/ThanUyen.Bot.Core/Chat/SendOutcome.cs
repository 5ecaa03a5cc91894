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

public sealed record SendOutcome(SendResult Result, TimeSpan? RetryAfter = null, string? Error = null)
{
    public static readonly SendOutcome Ok = new(SendResult.Sent);
}
