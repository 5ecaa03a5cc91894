using System.Diagnostics;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>
/// The systemd units the installer writes are valid (systemd-analyze verify), without installing anything.
/// </summary>
public sealed class SystemdUnitTests
{
    private static (int Code, string Output) Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
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
        using var folder = new TempFolder();
        var (code, output) = Run("bash", script, "--units-only", folder.Path);
        Assert.True(code == 0, output);
        var service = File.ReadAllText(folder.File("thanuyen-bot.service"));
        Assert.Contains("Type=notify", service);
        Assert.Contains("Restart=on-failure", service);
        Assert.Contains("EnvironmentFile=/etc/thanuyen-bot/env", service);
        Assert.Contains("OnCalendar=", File.ReadAllText(folder.File("thanuyen-bot-backup.timer")));
        if (!File.Exists("/usr/bin/systemd-analyze"))
            return; // the check below needs systemd's tools
        var verify = Run(
            "/usr/bin/systemd-analyze",
            "verify",
            folder.File("thanuyen-bot.service"),
            folder.File("thanuyen-bot-backup.service"),
            folder.File("thanuyen-bot-backup.timer")
        );
        Assert.True(verify.Code == 0 && !verify.Output.Contains("ignoring", StringComparison.Ordinal), verify.Output);
    }
}
