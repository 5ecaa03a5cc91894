using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ThanUyen.Bot.Cli;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>What an operator does to the database file with the CLI: back it up, put a backup back.</summary>
public sealed class RestoreAndBackupTests
{
    [Fact]
    public async Task Restore_after_an_unclean_stop_sets_the_old_log_aside_with_the_database_and_keeps_only_the_backup()
    {
        using var folder = new TempFolder();
        var db = folder.File("data/bot.db");
        var log = folder.File("data/bot-log.db");
        using (var service = new BotProcess(db))
        {
            await service.WaitUntilReady(db);
            service.Type("/invite member hang");
            await service.WaitForOutput("Mã dùng được một lần");
            Assert.Equal(0, BotCli.Run(db, "backup", "--out", folder.File("backup.db")).Code);
            service.Type("/invite member tham phe");
            await service.WaitForOutput("bản Thẩm Phé");
            service.Kill(); // kill -9: the log keeps committed pages that were never checkpointed
        }
        Assert.True(new FileInfo(log).Length > 0, "the unclean stop should leave a write-ahead log");
        File.Delete(db + ".ops");

        var (code, output, error) = BotCli.Run(db, "restore", "--from", folder.File("backup.db"));
        Assert.True(code == 0, error);
        Assert.Contains("restored", output);
        Assert.False(File.Exists(log), "the old log must not stay beside the restored file");
        var asideDb = Directory.GetFiles(folder.File("data"), "bot.db.before-restore-*").Single();
        var asideLog = Directory.GetFiles(folder.File("data"), "bot-log.db.before-restore-*").Single();
        Assert.Equal(asideDb.Split("before-restore-")[1], asideLog.Split("before-restore-")[1]);
        using var restored = new BotDatabase(new StorageOptions { DatabasePath = db });
        Assert.Equal(1, restored.Invitations.Count());
    }

    [Fact]
    public async Task A_service_whose_health_check_answers_503_is_still_a_running_service()
    {
        using var folder = new TempFolder();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapGet("/healthz", () => Results.StatusCode(503));
        await app.StartAsync();
        new OpsChannel(app.Urls.First(), "key").Write(folder.File("bot.db"));

        Assert.NotNull(await OpsChannel.FindRunningAsync(folder.File("bot.db")));
        await app.StopAsync();
        Assert.Null(await OpsChannel.FindRunningAsync(folder.File("bot.db"))); // nothing listens: not running
    }

    [Theory]
    [InlineData("bot.db")]
    [InlineData("bot-log.db")]
    public async Task Backup_refuses_to_write_over_the_live_database_or_its_log(string target)
    {
        using var folder = new TempFolder();
        var db = folder.File("bot.db");
        Assert.Equal(0, BotCli.Run(db, "invite", "admin").Code);
        var direct = BotCli.Run(db, "backup", "--out", folder.File(target));
        Assert.Equal(2, direct.Code);
        Assert.Contains("live database", direct.Err);

        using (var service = new BotProcess(db))
        {
            await service.WaitUntilReady(db);
            var remote = BotCli.Run(db, "backup", "--out", folder.File(target));
            Assert.Equal(2, remote.Code);
            Assert.Contains("live database", remote.Err);
            service.Type("/invite member hang");
            await service.WaitForOutput("Mã dùng được một lần");
            service.Kill();
        }
        using var check = new BotDatabase(new StorageOptions { DatabasePath = db });
        Assert.Equal(2, check.Invitations.Count());
    }
}
