namespace ThanUyen.Bot.Web.Media;

/// <summary>
/// Finds the file behind a report's photo reference. "media:&lt;token&gt;" is a file the service keeps
/// (Zalo photos, downloaded at once); a Telegram file id is only on Telegram's servers.
/// </summary>
public sealed class PhotoFiles(MediaStore media)
{
    private const string KeptPrefix = "media:";

    // MEDIA BRANCH: once Telegram photos are downloaded, report what IsKept/Open need for them here.
    public static bool IsKept(string reference) => reference.StartsWith(KeptPrefix, StringComparison.Ordinal);

    /// <summary>The kept file's path, type and token (the thumbnail's name), or null.</summary>
    public (string Path, string ContentType, string Token)? Open(string reference)
    {
        if (!IsKept(reference))
            return null;
        var token = reference[KeptPrefix.Length..];
        return media.Open(token) is { } file ? (file.Path, file.ContentType, token) : null;
    }
}
