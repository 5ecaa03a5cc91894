using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reliability;

/// <summary>The short CI version of scripts/crash-test: 8 members, 2 sales each, 4 kill -9s.</summary>
public sealed class CrashSuiteTests
{
    [Fact]
    public async Task Killing_the_service_at_random_moments_loses_and_duplicates_no_confirmed_report()
    {
        using var folder = new TempFolder();
        var path = folder.File("crash.db");
        const int users = 8,
            reports = 2;
        CrashHarness.SeedMembers(path, users);
        await using var api = await FakeBotApiServer.StartAsync();
        var harness = new CrashHarness(path, users, reports, kills: 4, seed: 3);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await harness.RunAsync(api, timeout.Token);

        using var db = new BotDatabase(new StorageOptions { DatabasePath = path });
        var stored = db.Reports.FindAll().ToList();
        var confirmed = harness.Confirmed.Values.SelectMany(c => c).ToList();
        Assert.True(harness.Kills >= 1, "the service was never killed");
        Assert.Equal(users * reports, confirmed.Count);
        Assert.Equal(confirmed.Order(), stored.Select(r => r.Code).Order()); // 0 lost, 0 duplicated
        Assert.All(stored, r => Assert.Equal(36_000_000m, r.FactsAs<SaleFacts>()!.Total));
        Assert.Equal(0, db.Conversations.Count()); // every conversation finished
    }
}
