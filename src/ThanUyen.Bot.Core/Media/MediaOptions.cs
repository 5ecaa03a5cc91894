namespace ThanUyen.Bot.Core.Media;

/// <summary>
/// The "Media" settings section: what the service keeps of the photos and voice notes people send, and how
/// the fetch queue (Telegram files fetched after a report is saved) retries and stays bounded.
/// </summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>A photo larger than this is not kept (its file_id still is). Telegram caps photos at 10 MB.</summary>
    public long MaxPhotoBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>A voice note larger than this is not kept. Telegram lets a bot download at most 20 MB.</summary>
    public long MaxVoiceBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Tries of one file before the fetch queue gives up (the answer stays, as a file_id only).</summary>
    public int FetchAttempts { get; set; } = 8;

    /// <summary>A file not fetched within this many hours is given up, however few the tries.</summary>
    public double FetchMaxAgeHours { get; set; } = 72;

    /// <summary>The first retry waits this long; each next one twice as long (at most an hour).</summary>
    public double FetchBackoffSeconds { get; set; } = 30;

    /// <summary>How often the queue is looked at when nothing woke it.</summary>
    public double FetchPollSeconds { get; set; } = 1;

    /// <summary>Finished and given-up fetches are forgotten after this many days.</summary>
    public int KeepFetchRecordsDays { get; set; } = 30;

    /// <summary>
    /// Most files waiting at once: beyond this the oldest are given up, so the queue never grows without bound.
    /// </summary>
    public int MaxPendingFetches { get; set; } = 5000;
}
