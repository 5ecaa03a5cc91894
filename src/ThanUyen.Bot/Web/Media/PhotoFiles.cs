using ThanUyen.Bot.Core.Media;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Web.Media;

/// <summary>
/// Finds the file behind a report's photo or voice reference: "media:&lt;token&gt;" is a file the service kept at
/// once (Zalo), a Telegram file id is found once the fetch queue kept it (until then it is only on Telegram).
/// </summary>
public sealed class PhotoFiles(MediaStore media, Stores stores)
{
    public bool IsKept(string reference) => Open(reference) is not null;

    /// <summary>The kept file's path, type and token (the thumbnail's name), or null.</summary>
    public (string Path, string ContentType, string Token)? Open(string reference)
    {
        if (ReportMedia.KeptToken(stores, reference) is not { } token)
            return null;
        return media.Open(token) is { } file ? (file.Path, file.ContentType, token) : null;
    }
}
