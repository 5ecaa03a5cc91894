namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// The files that together are one database: an operator moving, backing up or restoring it must treat them
/// as one. LiteDB names its write-ahead log "thanuyen-log.db" for "thanuyen.db" (not "thanuyen.db-log").
/// </summary>
public static class DatabasePaths
{
    public static string Log(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        return Path.Combine(
            Path.GetDirectoryName(full) ?? "",
            Path.GetFileNameWithoutExtension(full) + "-log" + Path.GetExtension(full)
        );
    }

    public static string Lock(string databasePath) => DatabaseLock.PathFor(databasePath);

    /// <summary>True when <paramref name="path"/> is the database, its log or its lock file.</summary>
    public static bool IsPartOf(string databasePath, string path)
    {
        var full = Path.GetFullPath(path);
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return new[] { Path.GetFullPath(databasePath), Log(databasePath), Lock(databasePath) }.Any(p =>
            string.Equals(p, full, comparison)
        );
    }
}
