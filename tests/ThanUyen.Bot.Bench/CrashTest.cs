using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Fakes;

namespace ThanUyen.Bot.Bench;

/// <summary>scripts/crash-test: 50 members file sales while the real executable is killed -9 twenty times.</summary>
public static class CrashTest
{
    public static async Task RunAsync(Table table)
    {
        const int users = 50,
            reports = 4,
            kills = 20;
        var folder = Directory.CreateTempSubdirectory("thanuyen-crash-");
        var path = Path.Combine(folder.FullName, "crash.db");
        CrashHarness.SeedMembers(path, users);
        await using var api = await FakeBotApiServer.StartAsync();
        var harness = new CrashHarness(path, users, reports, kills, seed: Environment.TickCount);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await harness.RunAsync(api, timeout.Token);

        using var db = new BotDatabase(new StorageOptions { DatabasePath = path });
        var stored = db.Reports.FindAll().Select(r => r.Code).ToList();
        var confirmed = harness.Confirmed.Values.SelectMany(c => c).ToList();
        var lost = confirmed.Except(stored).Count();
        var duplicated = stored.Count - stored.Distinct().Count() + stored.Except(confirmed).Count();
        var unfinished = db.Conversations.Count();
        var sends = api.Calls.Count(c => c.Method == "sendmessage" && c.Status == 200);
        // Every outbox message should reach Telegram once; more sends than outbox messages are re-sends.
        var outboxMessages = db.Outbox.Count(m => m.Status == Core.Chat.OutboxStatus.Sent);
        table.Add("crash suite", "kill -9 and restart", $"{harness.Kills} times", $"{kills}", harness.Kills >= kills);
        table.Add(
            "crash suite",
            "reports confirmed to members / stored",
            $"{confirmed.Count} / {stored.Count}",
            $"{users * reports}"
        );
        table.Add(
            "crash suite",
            "lost / duplicated reports",
            $"{lost} / {duplicated}",
            "0 / 0",
            lost == 0 && duplicated == 0
        );
        table.Add("crash suite", "conversations left unfinished", $"{unfinished}", "0", unfinished == 0);
        table.Add("crash suite", "replies owed that arrived", "all (every member finished every report)");
        table.Add(
            "crash suite",
            "messages delivered twice (kill between send and record)",
            $"{sends - outboxMessages} of {outboxMessages}"
        );
        table.Add("crash suite", "elapsed", $"{harness.Elapsed.TotalSeconds:0} s");
        folder.Delete(recursive: true);
    }
}
