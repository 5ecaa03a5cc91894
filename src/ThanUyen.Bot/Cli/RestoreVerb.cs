using System.CommandLine;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Cli;

/// <summary>
/// Replaces the database with a backup, only with the service stopped, holding the database lock throughout.
/// The current file and its write-ahead log are moved aside together: a log left beside the restored file
/// would be replayed over it at the next start. The media folder is put back from "&lt;backup&gt;.media.tar".
/// </summary>
public static class RestoreVerb
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "backup file made by 'backup'", Required = true };
        var command = new Command("restore", "Replace the database with a backup (stop the service first).") { from };
        command.SetAction(async parse =>
        {
            var source = Path.GetFullPath(parse.GetValue(from)!);
            using var services = new OperatorServices();
            var storage = services.Get<IOptions<StorageOptions>>().Value;
            var target = Path.GetFullPath(storage.DatabasePath);
            if (await OpsChannel.FindRunningAsync(target) is not null)
                return await Fail(
                    "The service is running on this database: stop it first (systemctl stop thanuyen-bot)."
                );
            if (!File.Exists(source))
                return await Fail($"No such file: {source}");
            if (DatabasePaths.IsPartOf(target, source))
                return await Fail($"{source} is the live database (or its log) itself, not a backup.");
            DatabaseLock held;
            try
            {
                held = DatabaseLock.Acquire(target);
            }
            catch (DatabaseLockedException e)
            {
                return await Fail(e.Message);
            }
            using (held)
            {
                int reports;
                try
                {
                    reports = DatabaseBackup.Verify(source, storage.Password);
                }
                catch (Exception e) when (e is InvalidDataException or IOException)
                {
                    return await Fail($"The backup {source} does not open ({e.Message}); nothing was changed.");
                }
                var stamp = $".before-restore-{DateTime.UtcNow:yyyyMMddHHmmss}";
                var log = DatabasePaths.Log(target);
                if (File.Exists(target))
                    File.Move(target, target + stamp);
                if (File.Exists(log))
                    File.Move(log, log + stamp);
                File.Copy(source, target);
                if (!OperatingSystem.IsWindows())
                    File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                var media = MediaBackup.Restore(source, Web.MediaStore.FolderFor(storage), stamp);
                Console.WriteLine(
                    $"restored {source} → {target} ({reports} reports{media}); the previous files end in {stamp}"
                );
                return 0;
            }
        });
        return command;
    }

    private static async Task<int> Fail(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return 2;
    }
}
