using System.Runtime.InteropServices;

namespace ThanUyen.Bot.Core.Storage;

internal static partial class DatabaseFile
{
    [LibraryImport("libc", EntryPoint = "umask")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial uint SetUmask(uint mask);

    /// <summary>
    /// Files this process creates from now on are owner-only. LiteDB creates its "-log.db" file (the
    /// write-ahead log, holding recent data) by itself, with the default umask: 0644 would let anyone on
    /// the machine read reports. Media, backups and exports inherit the same protection.
    /// </summary>
    public static void RestrictNewFiles()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
            _ = SetUmask(0b000_111_111); // 077; the previous mask is not needed
    }

    /// <summary>Creates the folder and an empty file readable by its owner only, before LiteDB opens it.</summary>
    public static void PrepareOwnerOnly(string path)
    {
        RestrictNewFiles();
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
                Directory.CreateDirectory(folder);
            else
                Directory.CreateDirectory(
                    folder,
                    UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                );
        }
        // A log file left by an earlier version or crash keeps its old mode: tighten it.
        var log = Path.Combine(folder ?? "", Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));
        if (File.Exists(log) && !OperatingSystem.IsWindows())
            File.SetUnixFileMode(log, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        if (File.Exists(path) || OperatingSystem.IsWindows())
            return;
        using var _ = new FileStream(
            path,
            new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            }
        );
    }
}
