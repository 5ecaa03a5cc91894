namespace ThanUyen.Bot.Core.Chat;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,

    /// <summary>The person blocked the bot or left: never retried.</summary>
    Unreachable = 3,

    /// <summary>An edit of a message that cannot be edited any more (never sent, too old, deleted).</summary>
    Skipped = 4,
}
