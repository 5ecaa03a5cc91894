using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Fakes;

namespace ThanUyen.Bot.Bench;

/// <summary>
/// Latency at a steady, offered load — not at saturation: updates arrive at a fixed rate spread over 500
/// chats (fake Bot API → Telegram.Bot polling → engine → LiteDB → outbox → send), each member filing sales.
/// Latency is from the update being queued to its reply reaching the fake API. Run first with the pacing
/// lifted (what the service itself costs), then with Telegram's real caps (30/s overall, ~1/s per chat):
/// the difference is the wait the platform's limits impose, printed separately.
/// The first <see cref="WarmUpSeconds"/> s are the service compiling its code paths (the first of each step):
/// their updates are printed apart and not counted in the steady percentiles.
/// THANUYEN_STEADY_SECONDS shortens the 60 s runs for a quick look; THANUYEN_STEADY_RATES=200 runs one rate;
/// THANUYEN_STEADY_RUNS=1 runs each rate once instead of five times.
/// </summary>
public static class SteadyLoad
{
    public const int Chats = 500;
    public const double WarmUpSeconds = 2;
    public const int Runs = 5;
    private static readonly string[] Sale = ["/sale", "bo", "2 con", "1", "12tr", "1", "hom nay", "bo qua", "luu"];

    public static async Task RunAsync(Table table)
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("THANUYEN_STEADY_SECONDS"), out var s) ? s : 60;
        var rates = Environment.GetEnvironmentVariable("THANUYEN_STEADY_RATES") is { Length: > 0 } listed
            ? listed.Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToArray()
            : [50, 200];
        var runs = int.TryParse(Environment.GetEnvironmentVariable("THANUYEN_STEADY_RUNS"), out var n) ? n : Runs;
        foreach (var rate in rates)
        {
            // Five runs with the pacing lifted (the goal's), one with Telegram's caps (its wait is a backlog that
            // grows with the run's length: one run says how much).
            var (p50s, p99s) = (new List<double>(), new List<double>());
            List<double> free = [],
                warmUp = [];
            for (var i = 0; i < runs; i++)
            {
                (free, var warm) = await Run(rate, seconds, paced: false);
                if (i == 0)
                    warmUp = warm;
                p50s.Add(Stats.Percentile(free, 0.5));
                p99s.Add(Stats.Percentile(free, 0.99));
            }
            var (paced, _) = await Run(rate, seconds, paced: true);
            var scenario = $"steady {rate}/s";
            table.Add(
                scenario,
                "offered",
                $"{rate} updates/s over {Chats} chats for {seconds} s ({free.Count + warmUp.Count:N0} updates)"
            );
            table.Add(
                scenario,
                $"first {WarmUpSeconds:0} s, warming up (not counted below; first run): p50 / max",
                $"{Stats.Percentile(warmUp, 0.5):0} / {warmUp.Max():0} ms"
            );
            table.Add(scenario, "update → reply sent, pacing lifted: p50", Stats.Millis(p50s));
            table.Add(
                scenario,
                "update → reply sent, pacing lifted: p99",
                Stats.Millis(p99s),
                "p99 < 50 ms",
                Stats.Median(p99s) < 50
            );
            table.Add(
                scenario,
                "runs in a row with p99 < 50 ms",
                $"{p99s.Count(p => p < 50)} of {p99s.Count}",
                $"{p99s.Count} of {p99s.Count}",
                p99s.All(p => p < 50)
            );
            table.Add(
                scenario,
                "wait imposed by Telegram's caps (capped − lifted): p50 / p99",
                $"{Stats.Percentile(paced, 0.5) - Stats.Percentile(free, 0.5):0} / "
                    + $"{Stats.Percentile(paced, 0.99) - Stats.Percentile(free, 0.99):0} ms"
            );
        }
    }

    /// <summary>Latencies of the updates after the warm-up, and of those in it.</summary>
    private static async Task<(List<double> Steady, List<double> WarmUp)> Run(int rate, int seconds, bool paced)
    {
        var folder = Directory.CreateTempSubdirectory("thanuyen-bench-");
        await using var api = await FakeBotApiServer.StartAsync();
        var settings = paced
            ? new Dictionary<string, string?>()
            : new()
            {
                ["Outbox:TelegramPerChatPerSecond"] = "1000",
                ["Outbox:TelegramPerChatBurst"] = "100",
                ["Outbox:TelegramPerSecond"] = "10000",
            };
        var app = await BenchHost.StartAsync(api.BaseUrl, Path.Combine(folder.FullName, "steady.db"), settings);
        try
        {
            var stores = app.Services.GetRequiredService<Stores>();
            stores.Writer.Write(() =>
            {
                for (var u = 0; u < Chats; u++)
                    stores.Members.Save(
                        new Member
                        {
                            Name = $"Người {u}",
                            Role = Role.Member,
                            VillageId = "pa-khom",
                            CommuneId = "pha-mu",
                            Addresses = [$"telegram:{700_000 + u}"],
                        }
                    );
            });
            var queued = Enumerable.Range(0, Chats).Select(_ => new List<DateTimeOffset>()).ToArray();
            var interval = TimeSpan.FromSeconds(1.0 / rate);
            var clock = Stopwatch.StartNew();
            var started = DateTimeOffset.UtcNow;
            var updates = 0;
            for (var n = 0; clock.Elapsed < TimeSpan.FromSeconds(seconds); n++)
            {
                // Fixed offered load: the n-th update is due at n × interval, whatever happened before.
                var due = interval * n;
                if (due > clock.Elapsed)
                    await Task.Delay(due - clock.Elapsed);
                var u = n % Chats;
                queued[u].Add(DateTimeOffset.UtcNow);
                api.UserSays(700_000L + u, Sale[(queued[u].Count - 1) % Sale.Length]);
                updates++;
            }
            // Each answer of the sale gets exactly one reply: the k-th reply of a chat answers its k-th update.
            var deadline = Stopwatch.StartNew();
            while (api.CallsTo("sendMessage") < updates && deadline.Elapsed < TimeSpan.FromMinutes(10))
                await Task.Delay(100);
            var (steady, warmUp) = (new List<double>(), new List<double>());
            var warm = started.AddSeconds(WarmUpSeconds);
            for (var u = 0; u < Chats; u++)
            {
                var replies = api.Sent(700_000L + u);
                for (var k = 0; k < Math.Min(replies.Count, queued[u].Count); k++)
                    (queued[u][k] < warm ? warmUp : steady).Add((replies[k].At - queued[u][k]).TotalMilliseconds);
            }
            return (steady, warmUp);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            folder.Delete(recursive: true);
        }
    }
}
