namespace ThanUyen.Bot.Core.Storage;

internal static class DatabaseFile
{
    /// <summary>Creates the folder and an empty file readable by its owner only, before LiteDB opens it.</summary>
    public static void PrepareOwnerOnly(string path)
    {
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        if (File.Exists(path) || OperatingSystem.IsWindows()) return;
        using var _ = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
    }
}
