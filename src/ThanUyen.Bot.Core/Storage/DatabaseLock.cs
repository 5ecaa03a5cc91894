namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// One process per database file. LiteDB's own file sharing is advisory on Linux (a second process,
/// such as the operator CLI, could open the file and checkpoint or truncate the live log), so whoever
/// opens the database first holds "&lt;db&gt;.lock" open with FileShare.None until it closes. On Unix .NET
/// turns FileShare.None into flock(LOCK_EX | LOCK_NB): it excludes other processes and other opens in
/// this one, and the kernel drops it when the process dies (kill -9 leaves nothing to clean up). The
/// file itself stays: deleting a lock file races with the next opener.
/// </summary>
public sealed class DatabaseLock : IDisposable
{
    private readonly FileStream _file;

    private DatabaseLock(FileStream file, string path) => (_file, Path) = (file, path);

    /// <summary>The lock file's full path.</summary>
    public string Path { get; }

    public static string PathFor(string databasePath) => System.IO.Path.GetFullPath(databasePath) + ".lock";

    /// <summary>Takes the lock or throws <see cref="DatabaseLockedException"/> at once (never waits).</summary>
    public static DatabaseLock Acquire(string databasePath)
    {
        var path = PathFor(databasePath);
        var options = new FileStreamOptions
        {
            Mode = FileMode.OpenOrCreate,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
        };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            var file = new FileStream(path, options);
            // Who holds it, for an operator looking at the file; the lock is the open handle, not this text.
            file.SetLength(0);
            file.Write(System.Text.Encoding.UTF8.GetBytes($"{Environment.ProcessId}\n"));
            file.Flush();
            return new DatabaseLock(file, path);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new DatabaseLockedException(System.IO.Path.GetFullPath(databasePath), e);
        }
    }

    public void Dispose() => _file.Dispose();
}
