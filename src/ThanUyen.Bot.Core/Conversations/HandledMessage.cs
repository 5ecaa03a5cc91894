namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// What handling one incoming message came to: <paramref name="IsNew"/> is false for a re-delivery (nothing
/// done); <paramref name="Toast"/> is what to show when acknowledging a press (a stale button), or null.
/// </summary>
public sealed record HandledMessage(bool IsNew, string? Toast);
