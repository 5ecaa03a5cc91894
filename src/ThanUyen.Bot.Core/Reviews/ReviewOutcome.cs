namespace ThanUyen.Bot.Core.Reviews;

/// <summary>
/// What became of a decision taken outside the chat: refused (and why), or done, in the chat's words.
/// </summary>
public sealed record ReviewOutcome(ReviewRefusal Kind, string Text)
{
    public bool Done => Kind == ReviewRefusal.None;
}
