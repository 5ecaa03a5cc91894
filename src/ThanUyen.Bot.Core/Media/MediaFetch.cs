namespace ThanUyen.Bot.Core.Media;

/// <summary>
/// One file of a saved report to fetch from its platform into the media folder. Keyed by the platform's file id:
/// the same file queued again (an edited report) is the same fetch. A plain document in LiteDB.
/// </summary>
public sealed class MediaFetch
{
    /// <summary>The platform's file id (Telegram file_id).</summary>
    public string Id { get; set; } = "";

    /// <summary>The platform that can fetch it: the reporter's channel ("telegram").</summary>
    public string Channel { get; set; } = "";
    public MediaKind Kind { get; set; }
    public string ReportCode { get; set; } = "";
    public MediaFetchStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>The kept file's media index token once fetched.</summary>
    public string? Token { get; set; }
    public string? LastError { get; set; }
}
