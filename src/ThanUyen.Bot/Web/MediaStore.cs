using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Web;

/// <summary>
/// Files the service keeps beside the database: photos Zalo users send (downloaded at once, links
/// expire), and charts/exports handed to Zalo by URL. Each file has an unguessable token; a link
/// may expire and may belong to one chat.
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
            var path =
                storage.Value.DatabasePath == ":memory:"
                    ? Path.Combine(Path.GetTempPath(), "thanuyen-media")
                    : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.Value.DatabasePath))!, "media");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    public bool CanLink => !string.IsNullOrWhiteSpace(web.Value.PublicBaseUrl);

    public string Save(byte[] bytes, string fileName, string contentType, TimeSpan? lifetime)
    {
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
            null
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

    public static void Map(WebApplication app) =>
        app.MapGet(
            "/media/{token}",
            (string token, MediaStore media) =>
                media.Open(token) is { } f ? Results.File(f.Path, f.ContentType, f.Name) : Results.NotFound()
        );
}
