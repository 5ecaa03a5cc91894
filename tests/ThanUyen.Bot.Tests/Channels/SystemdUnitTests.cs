using System.Diagnostics;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>
/// The systemd units the installer writes are valid (systemd-analyze verify), without installing anything.
/// </summary>
public sealed class SystemdUnitTests
{
    private static (int Code, string Output) Run(string file, params string[] args) => RunWith([], file, args);

    private static (int Code, string Output) RunWith(Dictionary<string, string> env, string file, params string[] args)
    {
        var info = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (k, v) in env)
            info.Environment[k] = v;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit(60_000);
        return (process.ExitCode, output);
    }

    [Fact]
    public void The_installer_writes_a_service_that_restarts_on_failure_reads_an_env_file_and_a_daily_backup_timer()
    {
        var script = Path.GetFullPath(
            Path.Combine(AppContext.BaseDirectory, "../../../../../scripts/install-systemd.sh")
        );
        var scripts = Path.GetDirectoryName(script)!;
        using var folder = new TempFolder();
        var (code, output) = Run("bash", script, "--units-only", folder.Path);
        Assert.True(code == 0, output);
        var service = File.ReadAllText(folder.File("thanuyen-bot.service"));
        Assert.Contains("Type=notify", service);
        Assert.Contains("Restart=on-failure", service);
        Assert.Contains("EnvironmentFile=/etc/thanuyen-bot/env", service);
        Assert.Contains("OnCalendar=", File.ReadAllText(folder.File("thanuyen-bot-backup.timer")));
        // The timer runs a root-owned copy installed with the service, never a script in the git clone
        // (whoever can write to the clone would run code as the service user every night).
        var backup = File.ReadAllText(folder.File("thanuyen-bot-backup.service"));
        Assert.Contains("ExecStart=/usr/local/lib/thanuyen-bot/backup.sh /var/backups/thanuyen-bot 14", backup);
        Assert.DoesNotContain(scripts, backup);
        Assert.Contains(
            "install -m 755 -o root -g root \"$here/scripts/backup.sh\" \"$lib/backup.sh\"",
            File.ReadAllText(script)
        );
        if (!File.Exists("/usr/bin/systemd-analyze"))
            return; // the check below needs systemd's tools
        // systemd-analyze checks that ExecStart exists: lay the script where a second set of units expects it.
        var lib = folder.File("lib");
        Directory.CreateDirectory(lib);
        File.Copy(Path.Combine(scripts, "backup.sh"), Path.Combine(lib, "backup.sh"));
        var units = folder.File("units");
        Assert.Equal(0, RunWith(new() { ["THANUYEN_LIB"] = lib }, "bash", script, "--units-only", units).Code);
        var verify = Run(
            "/usr/bin/systemd-analyze",
            "verify",
            Path.Combine(units, "thanuyen-bot.service"),
            Path.Combine(units, "thanuyen-bot-backup.service"),
            Path.Combine(units, "thanuyen-bot-backup.timer")
        );
        Assert.True(verify.Code == 0 && !verify.Output.Contains("ignoring", StringComparison.Ordinal), verify.Output);
    }
}
