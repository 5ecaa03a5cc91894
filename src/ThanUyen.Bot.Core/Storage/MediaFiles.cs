using System.Security.Cryptography;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// Where the files the service keeps live ("media" beside the database), and reading one the host stored
/// for the core: a file a person sent is downloaded by the host and handed in as "media:&lt;token&gt;".
/// </summary>
public static class MediaFiles
{
    public const string Prefix = "media:";

    /// <summary>How long a document kept for sending (an export archive) stays; its download link as long.</summary>
    public const int DocumentHours = 24;

    public static string FolderFor(StorageOptions storage) =>
        storage.DatabasePath == ":memory:"
            ? Path.Combine(Path.GetTempPath(), "thanuyen-media")
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.DatabasePath))!, "media");

    /// <summary>The bytes behind "media:&lt;token&gt;", or null when it is not one or the file is gone.</summary>
    public static byte[]? Read(Stores stores, string? reference) =>
        Locate(stores, reference) is { } kept ? File.ReadAllBytes(kept.Path) : null;

    /// <summary>
    /// The kept file behind a reference ("media:&lt;token&gt;"): its path, the name it was saved under and its type;
    /// null for a platform's file id the service never downloaded, an unknown token or a missing file.
    /// </summary>
    /// <remarks>A Telegram file id the fetch queue kept since is found by its key (Media.ReportMedia).</remarks>
    public static (string Path, string Name, string ContentType)? Locate(Stores stores, string? reference)
    {
        if (reference is null || Media.ReportMedia.KeptToken(stores, reference) is not { } token)
            return null;
        if (stores.Media.Find(token) is not { } entry)
            return null;
        var path = Path.Combine(FolderFor(stores.Database.Options), entry.File);
        return File.Exists(path) ? (path, entry.Name, entry.ContentType) : null;
    }

    /// <summary>
    /// Writes a file the core makes (an export archive too big to sit in an outbox document) into the media
    /// folder, owner-only, and records it; returns "media:&lt;token&gt;". Runs on the writer (inside a turn).
    /// A crash between the file and its record leaves a file no record knows, which the prune removes.
    /// </summary>
    public static string Keep(
        Stores stores,
        string fileName,
        string contentType,
        DateTime? expiresUtc,
        Action<Stream> write
    )
    {
        stores.Writer.EnsureWriting();
        var folder = FolderFor(stores.Database.Options);
        Directory.CreateDirectory(folder);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
        var file = token + Path.GetExtension(fileName);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(Path.Combine(folder, file), options))
            write(stream);
        stores.Media.Add(new MediaIndexStore.Entry(token, file, fileName, contentType, expiresUtc, null));
        return Prefix + token;
    }

    /// <summary>Deletes a kept file and its record (an archive that came out too big to send).</summary>
    public static void Forget(Stores stores, string reference)
    {
        if (Locate(stores, reference) is { } kept)
            File.Delete(kept.Path);
        stores.Media.Remove(reference[Prefix.Length..]);
    }
}
