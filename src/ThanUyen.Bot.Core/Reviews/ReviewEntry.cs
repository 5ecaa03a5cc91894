namespace ThanUyen.Bot.Core.Reviews;

/// <summary>One line of a report's review history: who, when, what they decided, and their comment.</summary>
public sealed class ReviewEntry
{
    public DateTime At { get; set; }
    public int ById { get; set; }
    public string ByName { get; set; } = "";

    /// <summary>A decision (approved, needs changes, rejected) or the reporter's resubmission.</summary>
    public ReviewStatus Status { get; set; }

    /// <summary>The comment or the reason; a voice note is "voice:file_id:seconds"; empty when none.</summary>
    public string Comment { get; set; } = "";
}
