namespace ThanUyen.Bot.Core.Chat;

/// <summary>Lower values are sent first: a person waiting for an answer goes ahead of a digest.</summary>
public enum OutboxPriority
{
    Reply = 0,
    Digest = 1,
    Reminder = 2,
    Broadcast = 3,
}
