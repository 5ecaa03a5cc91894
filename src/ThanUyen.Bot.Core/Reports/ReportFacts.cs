namespace ThanUyen.Bot.Core.Reports;

/// <summary>
/// The typed facts a kind derives from a report's answers (what digests and exports read). Each kind has
/// its own subclass in its folder; photos are common so evidence can be found whatever the kind.
/// </summary>
public abstract class ReportFacts
{
    /// <summary>Photo references: Telegram file ids, or "media:&lt;token&gt;" for files kept by the service.</summary>
    public List<string> PhotoFileIds { get; set; } = [];
}
