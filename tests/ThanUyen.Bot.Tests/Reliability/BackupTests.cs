using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reliability;

public sealed class BackupTests
{
    [Fact]
    public async Task A_backup_taken_during_writes_opens_and_holds_every_report_confirmed_before_it()
    {
        using var folder = new TempFolder();
        using var bot = new TestBot(folder.File("live.db"));
        bot.Register(People.Lan, Role.Member, "tham phe");
        var lan = new MemberStore(bot.Db).FindByAddress(People.Lan.Address)!;
        using var stop = new CancellationTokenSource();
        var confirmed = new System.Collections.Concurrent.ConcurrentBag<string>();
        var writer = Task.Factory.StartNew(
            () =>
            {
                while (!stop.IsCancellationRequested)
                    confirmed.Add(
                        bot.Db.InTransaction(() =>
                            ReportSeeder.Sale(bot.Db, lan, DateTime.UtcNow, "honey", 1, "lit", 200_000).Code
                        )
                    );
            },
            TaskCreationOptions.LongRunning
        );
        // Back up only once writes are flowing (a busy CI machine may start the writer late).
        await Eventually.True(() => confirmed.Count >= 20, TimeSpan.FromSeconds(30), "20 reports written");
        var before = confirmed.ToHashSet();
        var documents = DatabaseBackup.CopyTo(bot.Db, folder.File("backup.db"), null);
        // Writes go on after the copy too: the backup must hold only what was confirmed before it.
        var after = confirmed.Count;
        await Eventually.True(() => confirmed.Count >= after + 5, TimeSpan.FromSeconds(30), "writes after the backup");
        await stop.CancelAsync();
        await writer;

        using var copy = new BotDatabase(new StorageOptions { DatabasePath = folder.File("backup.db") });
        var codes = copy.Reports.FindAll().Select(r => r.Code).ToHashSet();
        Assert.True(before.Count > 10, $"only {before.Count} reports written before the backup");
        Assert.Subset(codes, before);
        Assert.True(documents > before.Count);
        Assert.NotNull(new MemberStore(copy).FindByAddress(People.Lan.Address));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(
                UnixFileMode.UserRead | UnixFileMode.UserWrite,
                File.GetUnixFileMode(folder.File("backup.db"))
            );
    }
}
