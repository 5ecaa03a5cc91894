using System.CommandLine;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Cli;

/// <summary>
/// Replaces the database with a backup. Only with the service stopped; the current file is kept beside it.
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
            {
                await Console.Error.WriteLineAsync(
                    "The service is running on this database: stop it first (systemctl stop thanuyen-bot)."
                );
                return 2;
            }
            if (!File.Exists(source))
            {
                await Console.Error.WriteLineAsync($"No such file: {source}");
                return 2;
            }
            // Check the backup opens (and holds the right password) before touching anything.
            int reports;
            using (
                var check = new BotDatabase(new StorageOptions { DatabasePath = source, Password = storage.Password })
            )
                reports = check.CountDocuments("reports");
            if (File.Exists(target))
                File.Move(target, $"{target}.before-restore-{DateTime.UtcNow:yyyyMMddHHmmss}");
            File.Delete(target + "-log");
            File.Copy(source, target);
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            Console.WriteLine($"restored {source} → {target} ({reports} reports)");
            return 0;
        });
        return command;
    }
}
