using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Web;

/// <summary>
/// Files the service keeps beside the database: photos Zalo users send (downloaded at once, links
/// expire; kept), and charts/exports handed to Zalo by URL (they expire, and are deleted then: an export
/// lists members' chat ids). Each file has an unguessable token; a file made for an outbox message is
/// written once and found again by its key, so a retried send links the same file.
/// </summary>
public sealed class MediaStore(
    Stores stores,
    IOptions<WebOptions> web,
    IOptions<StorageOptions> storage,
    TimeProvider clock
)
{
    private string Folder
    {
        get
        {
            var path = FolderFor(storage.Value);
            Directory.CreateDirectory(path);
            return path;
        }
    }

    /// <summary>"media" beside the database file (what backup and restore carry).</summary>
    public static string FolderFor(StorageOptions storage) => MediaFiles.FolderFor(storage);

    public bool CanLink => !string.IsNullOrWhiteSpace(web.Value.PublicBaseUrl);

    /// <summary>
    /// Saves a file; with a <paramref name="key"/> (e.g. "outbox-42-photo") an earlier file under that key is
    /// reused instead of writing another copy.
    /// </summary>
    public string Save(byte[] bytes, string fileName, string contentType, TimeSpan? lifetime, string? key = null)
    {
        if (
            key is not null
            && stores.Media.FindByKey(key) is { } existing
            && File.Exists(Path.Combine(Folder, existing.File))
        )
            return existing.Token;
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
        var file = Path.Combine(Folder, token + Path.GetExtension(fileName));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(file, options))
            stream.Write(bytes);
        var entry = new MediaIndexStore.Entry(
            token,
            Path.GetFileName(file),
            fileName,
            contentType,
            lifetime is { } l ? clock.GetUtcNow().UtcDateTime + l : null,
            key
        );
        stores.Writer.Write(() => stores.Media.Add(entry));
        return token;
    }

    public string Link(string token) => $"{web.Value.PublicBaseUrl!.TrimEnd('/')}/media/{token}";

    /// <summary>The file behind a token, unless unknown or expired.</summary>
    public (string Path, string Name, string ContentType)? Open(string token)
    {
        if (token.Length != 40 || !token.All(char.IsAsciiHexDigitLower))
            return null;
        var entry = stores.Media.Find(token);
        if (entry is null || entry.ExpiresUtc < clock.GetUtcNow().UtcDateTime)
            return null;
        var path = Path.Combine(Folder, entry.File);
        return File.Exists(path) ? (path, entry.Name, entry.ContentType) : null;
    }

    /// <summary>
    /// Deletes expired files and their records, and files no record knows that are older than a day (left by
    /// a crash between writing the file and recording it). Returns how many files went.
    /// </summary>
    public int PruneExpired()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var deleted = 0;
        foreach (var entry in stores.Media.ExpiredBefore(now))
        {
            deleted += Delete(Path.Combine(Folder, entry.File));
            stores.Writer.Write(() => stores.Media.Remove(entry.Token));
        }
        var known = stores.Media.KnownFiles();
        foreach (var path in Directory.GetFiles(Folder))
            if (!known.Contains(Path.GetFileName(path)) && File.GetLastWriteTimeUtc(path) < now.AddDays(-1))
                deleted += Delete(path);
        return deleted;
    }

    private static int Delete(string path)
    {
        if (!File.Exists(path))
            return 0;
        File.Delete(path);
        return 1;
    }

    public static void Map(WebApplication app) =>
        app.MapGet(
            "/media/{token}",
            (string token, MediaStore media) =>
                media.Open(token) is { } f ? Results.File(f.Path, f.ContentType, f.Name) : Results.NotFound()
        );
}
