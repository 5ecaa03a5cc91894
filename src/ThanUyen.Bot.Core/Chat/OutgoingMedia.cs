using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Chat;

/// <summary>
/// A photo or voice note to send: a file the service keeps (<see cref="MediaId"/>, a media index token) and/or
/// the platform's own id (<see cref="FileId"/>, a Telegram file_id). A channel prefers the file_id (no upload)
/// and uploads the kept file when there is none. Stored in the outbox, so a plain document.
/// </summary>
public sealed class OutgoingMedia
{
    /// <summary>The media index token of a kept file (without the "media:" prefix).</summary>
    public string? MediaId { get; set; }

    /// <summary>Telegram's file_id: permanent for this bot, sent again without uploading.</summary>
    public string? FileId { get; set; }

    /// <summary>A voice note's length in seconds (0 for photos or when unknown).</summary>
    public int Seconds { get; set; }

    /// <summary>
    /// A reference as reports keep it: "media:&lt;token&gt;" is a kept file, anything else a Telegram file_id.
    /// </summary>
    public static OutgoingMedia FromReference(string reference, int seconds = 0) =>
        reference.StartsWith(MediaFiles.Prefix, StringComparison.Ordinal)
            ? new() { MediaId = reference[MediaFiles.Prefix.Length..], Seconds = seconds }
            : new() { FileId = reference, Seconds = seconds };
}
