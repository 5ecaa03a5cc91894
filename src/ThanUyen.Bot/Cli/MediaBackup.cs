using System.Formats.Tar;

namespace ThanUyen.Bot.Cli;

/// <summary>
/// The media folder beside a database backup, as "&lt;backup&gt;.media.tar": Zalo users' photos exist only
/// there. Files are copied as they are (plain even with Storage:Password); the tar is owner-only.
/// </summary>
public static class MediaBackup
{
    public static string TarFor(string backupPath) => Path.GetFullPath(backupPath) + ".media.tar";

    /// <summary>Writes the tar next to the backup; returns how many files it holds.</summary>
    public static int Write(string backupPath, string mediaFolder)
    {
        var tar = TarFor(backupPath);
        File.Delete(tar);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var stream = new FileStream(tar, options);
        using var writer = new TarWriter(stream, TarEntryFormat.Pax);
        var files = Directory.Exists(mediaFolder) ? Directory.GetFiles(mediaFolder) : [];
        foreach (var file in files)
            writer.WriteEntry(file, Path.GetFileName(file));
        return files.Length;
    }

    /// <summary>
    /// Moves the current media folder aside (same suffix as the database) and unpacks the backup's; a backup
    /// without a tar (made before media were backed up) leaves the folder as it is. Returns a note for the
    /// operator.
    /// </summary>
    public static string Restore(string backupPath, string mediaFolder, string stamp)
    {
        var tar = TarFor(backupPath);
        if (!File.Exists(tar))
            return "; no media tar beside the backup, media folder left as it was";
        if (Directory.Exists(mediaFolder))
            Directory.Move(mediaFolder, mediaFolder + stamp);
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(mediaFolder);
        else
            Directory.CreateDirectory(
                mediaFolder,
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            );
        TarFile.ExtractToDirectory(tar, mediaFolder, overwriteFiles: false);
        return $", {Directory.GetFiles(mediaFolder).Length} media files";
    }
}
