namespace ThanUyen.Bot.Core.Media;

/// <summary>
/// What a file really is, from its first bytes: a "photo" that is a PDF or a broken download is not kept as a
/// photo. Pure, so table-tested.
/// </summary>
public static class MediaTypes
{
    /// <summary>The content type to serve it with, or null when it is not a photo / voice note we can use.</summary>
    public static string? Sniff(MediaKind kind, ReadOnlySpan<byte> head) =>
        kind == MediaKind.Photo ? Image(head) : Audio(head);

    public static string Extension(string contentType) =>
        contentType switch
        {
            "image/jpeg" => ".jpg",
            "image/png" => ".png",
            "image/webp" => ".webp",
            "audio/ogg" => ".ogg",
            "audio/aac" => ".aac",
            "audio/mp4" => ".m4a",
            "audio/mpeg" => ".mp3",
            _ => ".bin",
        };

    private static string? Image(ReadOnlySpan<byte> b) =>
        b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : null;

    private static string? Audio(ReadOnlySpan<byte> b) =>
        b.StartsWith("OggS"u8) ? "audio/ogg"
        : b.Length >= 2 && b[0] == 0xFF && (b[1] & 0xF6) == 0xF0 ? "audio/aac" // ADTS, as Zalo's .aac files
        : b.Length >= 8 && b[4..8].SequenceEqual("ftyp"u8) ? "audio/mp4"
        : b.StartsWith("ID3"u8) || (b.Length >= 2 && b[0] == 0xFF && (b[1] & 0xE0) == 0xE0) ? "audio/mpeg"
        : null;
}
