namespace ThanUyen.Bot.Core.Reviews;

/// <summary>
/// A reviewer's review setting and the card a typed answer ("1", "duyệt") goes to: on Zalo and the console the
/// card's choices are numbered lines, and a number typed later has to know which report it meant.
/// </summary>
public sealed class ReviewerState
{
    /// <summary>The member's id.</summary>
    public int Id { get; set; }
    public ReviewMode Mode { get; set; }

    /// <summary>The card typed answers go to; null when none is open.</summary>
    public string? CardCode { get; set; }
    public int CardVersion { get; set; }

    /// <summary>The card was shown by /review: after it, the next one in the queue follows.</summary>
    public bool CardWalk { get; set; }
}
