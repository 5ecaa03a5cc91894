namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// Where the files the service keeps live ("media" beside the database), and reading one the host stored
/// for the core: a file a person sent is downloaded by the host and handed in as "media:&lt;token&gt;".
/// </summary>
public static class MediaFiles
{
    public const string Prefix = "media:";

    public static string FolderFor(StorageOptions storage) =>
        storage.DatabasePath == ":memory:"
            ? Path.Combine(Path.GetTempPath(), "thanuyen-media")
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.DatabasePath))!, "media");

    /// <summary>The bytes behind "media:&lt;token&gt;", or null when it is not one or the file is gone.</summary>
    public static byte[]? Read(Stores stores, string? reference)
    {
        if (reference is null || !reference.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        if (stores.Media.Find(reference[Prefix.Length..]) is not { } entry)
            return null;
        var path = Path.Combine(FolderFor(stores.Database.Options), entry.File);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }
}
