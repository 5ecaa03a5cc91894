using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reliability;

/// <summary>
/// LiteDB's file sharing is advisory on Linux: only the lock file keeps a second process (a second service,
/// or the operator CLI opening the file directly) away from a database another process has open.
/// </summary>
public sealed class OneProcessPerDatabaseTests
{
    [Fact]
    public async Task A_second_service_on_the_same_database_refuses_to_start_and_the_data_stays_intact()
    {
        using var folder = new TempFolder();
        var db = folder.File("data/bot.db");
        using var first = new BotProcess(db);
        await first.WaitUntilReady(db);
        first.Type("/invite member hang");
        await first.WaitForOutput("Mã dùng được một lần");
        var ops = await File.ReadAllTextAsync(db + ".ops");

        using var second = new BotProcess(db);
        Assert.True(second.WaitForExit(60_000), "the second service must not run beside the first");
        Assert.NotEqual(0, second.ExitCode);
        Assert.Contains(Path.GetFullPath(db), second.Errors);
        Assert.Contains("another process", second.Errors);
        Assert.Equal(ops, await File.ReadAllTextAsync(db + ".ops")); // the first one's way in is untouched

        first.Type("/invite member tham phe");
        await first.WaitForOutput("bản Thẩm Phé");
        first.Kill();
        using var check = new BotDatabase(new StorageOptions { DatabasePath = db });
        Assert.Equal(2, check.Invitations.Count());
    }

    [Fact]
    public async Task An_operator_command_refuses_to_open_the_file_of_a_service_it_cannot_reach()
    {
        using var folder = new TempFolder();
        var db = folder.File("data/bot.db");
        using var service = new BotProcess(db);
        await service.WaitUntilReady(db);
        Assert.Equal(0, BotCli.Run(db, "backup", "--out", folder.File("backup.db")).Code);
        File.Delete(db + ".ops"); // as when the file is lost or /healthz is too slow to answer

        var (code, _, err) = BotCli.Run(db, "invite", "admin");
        Assert.Equal(2, code);
        Assert.Contains("another process", err);
        Assert.Contains(Path.GetFullPath(db), err);
        var restore = BotCli.Run(db, "restore", "--from", folder.File("backup.db"));
        Assert.Equal(2, restore.Code);
        Assert.Empty(Directory.GetFiles(folder.File("data"), "*before-restore*"));

        service.Type("/invite member hang");
        await service.WaitForOutput("Mã dùng được một lần");
        service.Kill();
        using var check = new BotDatabase(new StorageOptions { DatabasePath = db });
        Assert.Equal(1, check.Invitations.Count());
    }

    [Fact]
    public void A_second_open_in_the_same_process_is_refused_with_the_file_named_and_allowed_after_close()
    {
        using var folder = new TempFolder();
        var path = folder.File("bot.db");
        var first = new BotDatabase(new StorageOptions { DatabasePath = path });
        var refused = Assert.Throws<DatabaseLockedException>(() =>
            new BotDatabase(new StorageOptions { DatabasePath = path })
        );
        Assert.Contains(Path.GetFullPath(path), refused.Message);
        Assert.Contains("tiến trình khác", refused.Message);
        first.Dispose();
        using var again = new BotDatabase(new StorageOptions { DatabasePath = path });
        Assert.Equal(0, again.Reports.Count());
    }
}
