namespace ThanUyen.Bot.Core.Reviews;

/// <summary>A report's review: its status, its history (for the web view), and a version for stale cards.</summary>
public sealed class ReportReview
{
    public ReviewStatus Status { get; set; }

    /// <summary>
    /// Goes up at every edit and every decision. A card carries the version it showed, so a press on a card
    /// older than the report answers with the report's current state instead of deciding on what was not seen.
    /// </summary>
    public int Version { get; set; }

    /// <summary>When it entered the queue again (resubmitted); null: since it was received.</summary>
    public DateTime? WaitingSince { get; set; }

    public List<ReviewEntry> History { get; set; } = [];

    public bool IsWaiting => Status is ReviewStatus.New or ReviewStatus.Resubmitted;

    /// <summary>The latest decision (not a resubmission), or null.</summary>
    public ReviewEntry? LastDecision => History.LastOrDefault(e => e.Status != ReviewStatus.Resubmitted);
}
