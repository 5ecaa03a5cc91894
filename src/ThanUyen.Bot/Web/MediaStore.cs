using System.Security.Cryptography;
using LiteDB;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Web;

/// <summary>
/// Files the service keeps beside the database: photos Zalo users send (downloaded at once, links
/// expire), and charts/exports handed to Zalo by URL. Each file has an unguessable token; a link
/// may expire and may belong to one chat.
/// </summary>
public sealed class MediaStore(
    BotDatabase db,
    IOptions<WebOptions> web,
    IOptions<StorageOptions> storage,
    TimeProvider clock
)
{
    private ILiteCollection<BsonDocument> Index => db.Db.GetCollection("media");

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
    public static string FolderFor(StorageOptions storage) =>
        storage.DatabasePath == ":memory:"
            ? Path.Combine(Path.GetTempPath(), "thanuyen-media")
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.DatabasePath))!, "media");

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
        Index.Insert(
            new BsonDocument
            {
                ["_id"] = token,
                ["file"] = Path.GetFileName(file),
                ["name"] = fileName,
                ["type"] = contentType,
                ["expires"] = lifetime is { } l ? clock.GetUtcNow().UtcDateTime + l : BsonValue.Null,
            }
        );
        return token;
    }

    public string Link(string token) => $"{web.Value.PublicBaseUrl!.TrimEnd('/')}/media/{token}";

    /// <summary>The file behind a token, unless unknown or expired.</summary>
    public (string Path, string Name, string ContentType)? Open(string token)
    {
        if (token.Length != 40 || !token.All(char.IsAsciiHexDigitLower))
            return null;
        var doc = Index.FindById(token);
        if (doc is null)
            return null;
        if (doc["expires"].IsDateTime && doc["expires"].AsDateTime < clock.GetUtcNow().UtcDateTime)
            return null;
        var path = Path.Combine(Folder, doc["file"].AsString);
        return File.Exists(path) ? (path, doc["name"].AsString, doc["type"].AsString) : null;
    }

    public static void Map(WebApplication app) =>
        app.MapGet(
            "/media/{token}",
            (string token, MediaStore media) =>
                media.Open(token) is { } f ? Results.File(f.Path, f.ContentType, f.Name) : Results.NotFound()
        );
}
