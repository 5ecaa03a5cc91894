namespace ThanUyen.Bot.Core.Reviews;

/// <summary>The "Review" settings section.</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>Local hour (Bot:TimeZone) of the daily "N reports wait" message and of the reminders.</summary>
    public int DailyHour { get; set; } = 7;

    /// <summary>A report waiting longer than this many days earns its reviewers one reminder a day.</summary>
    public int NudgeAfterDays { get; set; } = 3;

    /// <summary>
    /// What the weekly digest's figures count: "all" (every report not rejected; waiting ones said so) or
    /// "approved" (approved reports only).
    /// </summary>
    public string DigestCounts { get; set; } = "all";

    public bool ApprovedOnly => string.Equals(DigestCounts, "approved", StringComparison.OrdinalIgnoreCase);
}
