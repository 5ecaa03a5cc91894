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
        var lan = bot.Stores.Members.FindByAddress(People.Lan.Address)!;
        using var stop = new CancellationTokenSource();
        var confirmed = new System.Collections.Concurrent.ConcurrentBag<string>();
        var writer = Task.Factory.StartNew(
            () =>
            {
                while (!stop.IsCancellationRequested)
                    confirmed.Add(ReportSeeder.Sale(bot.Stores, lan, DateTime.UtcNow, "honey", 1, "lit", 200_000).Code);
            },
            TaskCreationOptions.LongRunning
        );
        // Back up only once writes are flowing (a busy CI machine may start the writer late).
        await Eventually.True(() => confirmed.Count >= 20, TimeSpan.FromSeconds(30), "20 reports written");
        var before = confirmed.ToHashSet();
        var documents = DatabaseBackup.CopyTo(bot.Stores, folder.File("backup.db"), null);
        // Writes go on after the copy too: the backup must hold only what was confirmed before it.
        var after = confirmed.Count;
        await Eventually.True(() => confirmed.Count >= after + 5, TimeSpan.FromSeconds(30), "writes after the backup");
        await stop.CancelAsync();
        await writer;

        using var copy = new StorageSession(new StorageOptions { DatabasePath = folder.File("backup.db") });
        var codes = copy.Database.Reports.FindAll().Select(r => r.Code).ToHashSet();
        Assert.True(before.Count > 10, $"only {before.Count} reports written before the backup");
        Assert.Subset(codes, before);
        Assert.True(documents > before.Count);
        Assert.NotNull(copy.Stores.Members.FindByAddress(People.Lan.Address));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(
                UnixFileMode.UserRead | UnixFileMode.UserWrite,
                File.GetUnixFileMode(folder.File("backup.db"))
            );
    }

    [Fact]
    public async Task Every_backup_is_a_state_the_service_really_had_even_with_commits_landing_during_the_copy()
    {
        // Each commit writes a report and its audit entry together; a copy taken across a commit would hold one
        // without the other.
        using var folder = new TempFolder();
        using var bot = new TestBot(folder.File("live.db"));
        bot.Register(People.Lan, Role.Member, "tham phe");
        var lan = bot.Stores.Members.FindByAddress(People.Lan.Address)!;
        for (var i = 0; i < 300; i++)
            Pair(bot, lan, i);
        using var stop = new CancellationTokenSource();
        var writer = Task.Factory.StartNew(
            () =>
            {
                for (var i = 300; !stop.IsCancellationRequested; i++)
                    Pair(bot, lan, i);
            },
            TaskCreationOptions.LongRunning
        );
        try
        {
            for (var b = 0; b < 8; b++)
            {
                var file = folder.File($"backup-{b}.db");
                DatabaseBackup.CopyTo(bot.Stores, file, null);
                using var copy = new StorageSession(new StorageOptions { DatabasePath = file });
                var reports = copy.Database.Reports.FindAll().Select(r => r.Code).ToHashSet();
                var audited = copy
                    .Database.Audit.FindAll()
                    .Where(a => a.Action == "test.pair")
                    .Select(a => a.Subject)
                    .ToHashSet();
                Assert.True(
                    reports.SetEquals(audited),
                    $"backup {b}: {reports.Count} reports but {audited.Count} audit entries"
                );
            }
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }
    }

    private static void Pair(TestBot bot, Member lan, int i) =>
        bot.Writer.Write(() =>
        {
            var report = ReportSeeder.Sale(bot.Stores, lan, DateTime.UtcNow, "honey", 1 + i % 5, "lit", 200_000);
            bot.Stores.Audit.Record(lan, DateTime.UtcNow, "test.pair", report.Code, $"#{i}");
        });
}
