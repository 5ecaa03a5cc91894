using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Fakes;

namespace ThanUyen.Bot.Bench;

/// <summary>
/// Full pipeline: N members × M messages, fake Bot API → Telegram.Bot polling → engine → LiteDB commit →
/// outbox → Telegram.Bot send → fake Bot API. Latency is from the update being queued to its reply arriving.
/// Members type at machine speed, so the per-chat pacing (about 1 message/s) is lifted for this run.
/// </summary>
public static class Pipeline
{
    public const int Users = 100,
        Messages = 20;

    public static async Task RunAsync(Table table)
    {
        var folder = Directory.CreateTempSubdirectory("thanuyen-bench-");
        await using var api = await FakeBotApiServer.StartAsync();
        var app = await BenchHost.StartAsync(
            api.BaseUrl,
            Path.Combine(folder.FullName, "pipeline.db"),
            new()
            {
                ["Outbox:TelegramPerChatPerSecond"] = "1000",
                ["Outbox:TelegramPerChatBurst"] = "100",
                ["Outbox:TelegramPerSecond"] = "10000",
                ["Outbox:Concurrency"] = "32",
            }
        );
        try
        {
            var stores = app.Services.GetRequiredService<Stores>();
            stores.Writer.Write(() =>
            {
                for (var u = 0; u < Users; u++)
                    stores.Members.Save(
                        new Member
                        {
                            Name = $"Người {u}",
                            Role = Role.Member,
                            VillageId = "pa-khom",
                            CommuneId = "pha-mu",
                            Addresses = [$"telegram:{900_000 + u}"],
                        }
                    );
            });
            string[] script = ["/sale", "bo", "3", "1", "12tr", "1", "hom nay", "bo qua", "luu", "/my"];
            var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(
                Enumerable
                    .Range(0, Users)
                    .Select(u =>
                        Task.Run(async () =>
                        {
                            var chat = 900_000L + u;
                            for (var m = 0; m < Messages; m++)
                            {
                                var before = api.Sent(chat).Count;
                                var sent = Stopwatch.GetTimestamp();
                                api.UserSays(chat, script[m % script.Length]);
                                await api.WaitForSent(chat, before + 1, seconds: 60);
                                latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                            }
                        })
                    )
            );
            var elapsed = clock.Elapsed.TotalSeconds;
            var sorted = latencies.Order().ToList();
            table.Add("full pipeline", "updates", $"{Users} members × {Messages} messages = {Users * Messages:N0}");
            table.Add("full pipeline", "updates per second", $"{Users * Messages / elapsed:N0}/s");
            table.Add("full pipeline", "latency update → reply sent, p50", $"{sorted[sorted.Count / 2]:0} ms");
            table.Add(
                "full pipeline",
                "latency update → reply sent, p99",
                $"{sorted[(int)(sorted.Count * 0.99)]:0} ms"
            );
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            folder.Delete(recursive: true);
        }
    }
}
