namespace ThanUyen.Bot.Core.Reviews;

/// <summary>How a reviewer hears about waiting reports (/review mode now|daily).</summary>
public enum ReviewMode
{
    /// <summary>Each new or resubmitted report arrives as a card at once.</summary>
    Now = 0,

    /// <summary>One message a day, at Review:DailyHour, when something waits.</summary>
    Daily = 1,
}
