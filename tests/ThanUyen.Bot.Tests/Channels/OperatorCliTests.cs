using System.Diagnostics;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>The operator verbs of the real executable, with the service stopped and while it runs.</summary>
public sealed class OperatorCliTests
{
    private static (int Code, string Out, string Err) Run(string databasePath, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ThanUyen.Bot.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.Environment["Storage__DatabasePath"] = databasePath;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000);
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Invite_admin_bootstraps_without_editing_config_and_bad_input_says_why()
    {
        using var folder = new TempFolder();
        var (code, output, _) = Run(folder.File("bot.db"), "invite", "admin");
        Assert.Equal(0, code);
        var invitation = output.Split('\n').First(l => l.StartsWith("code: ", StringComparison.Ordinal))[6..].Trim();
        Assert.True(InvitationCodes.LooksLikeCode(invitation));
        using (var db = new BotDatabase(new StorageOptions { DatabasePath = folder.File("bot.db") }))
            Assert.Equal(Role.Admin, db.Invitations.FindById(invitation).Role);

        var bad = Run(folder.File("bot.db"), "invite", "member", "hanoi");
        Assert.Equal(2, bad.Code);
        Assert.Contains("Unknown village", bad.Err);
        Assert.Contains("--out", Run(folder.File("bot.db"), "export", "--help").Out);
    }

    [Fact]
    public async Task Backup_and_export_go_through_the_running_service_and_restore_refuses_while_it_runs()
    {
        using var folder = new TempFolder();
        var db = folder.File("data/bot.db");
        using var service = new BotProcess(db);
        await service.WaitUntil(() => File.Exists(db + ".ops"), "the running service to create its .ops file");
        service.Type("/invite member hang");
        await service.WaitForOutput("Mã dùng được một lần");

        var backup = Run(db, "backup", "--out", folder.File("backup.db"));
        Assert.Equal(0, backup.Code);
        Assert.Contains("backup written", backup.Out);
        var export = Run(db, "export", "--format", "csv", "--out", folder.File("export.zip"));
        Assert.Equal(0, export.Code);
        var restore = Run(db, "restore", "--from", folder.File("backup.db"));
        Assert.Equal(2, restore.Code);
        Assert.Contains("stop it first", restore.Err);

        service.Kill();
        using (var copy = new BotDatabase(new StorageOptions { DatabasePath = folder.File("backup.db") }))
            Assert.Equal(1, copy.Invitations.Count());
        File.Delete(db + ".ops"); // a killed service cannot remove it; a stale file is ignored anyway
        var restored = Run(db, "restore", "--from", folder.File("backup.db"));
        Assert.Equal(0, restored.Code);
        // Only the members sheet has rows: that is one plain CSV, written under its own extension.
        Assert.True(File.Exists(folder.File("export.csv")));
        Assert.False(File.Exists(folder.File("export.zip")));
    }
}
