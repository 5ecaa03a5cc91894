using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Fakes;

namespace ThanUyen.Bot.Bench;

/// <summary>1,000 digest messages to 1,000 chats through a fake Bot API that answers 429 above 30 sends/s.</summary>
public static class OutboxFanOut
{
    public const int Messages = 1000,
        Cap = 30;

    public static async Task RunAsync(Table table)
    {
        var folder = Directory.CreateTempSubdirectory("thanuyen-bench-");
        await using var api = await FakeBotApiServer.StartAsync();
        api.SendsPerSecondLimit = Cap;
        var app = await BenchHost.StartAsync(api.BaseUrl, Path.Combine(folder.FullName, "bench.db"));
        try
        {
            var stores = app.Services.GetRequiredService<Stores>();
            var outbox = stores.Outbox;
            var now = DateTime.UtcNow;
            var clock = Stopwatch.StartNew();
            stores.Writer.Write(() =>
            {
                for (var i = 0; i < Messages; i++)
                    outbox.Add(
                        new OutgoingMessage
                        {
                            Chat = $"telegram:{100_000 + i}",
                            Text = $"📊 Tổng hợp tuần #{i}",
                            Priority = OutboxPriority.Digest,
                            CreatedAt = now,
                            NextAttemptAt = now,
                        }
                    );
            });
            app.Services.GetRequiredService<OutboxSignal>().Notify();
            try
            {
                await api.WaitUntil(() => api.SentTotal >= Messages, "every message delivered", seconds: 120);
            }
            catch (TimeoutException) { } // the table below shows how many arrived
            var elapsed = clock.Elapsed.TotalSeconds;
            var delivered = api
                .Calls.Where(c => c.Method == "sendmessage" && c.Status == 200)
                .Select(c => c.Text)
                .ToList();
            var distinct = delivered.Distinct().Count();
            var rejected = api.Calls.Count(c => c.Status == 429);
            var ideal = (double)Messages / Cap;
            table.Add("outbox fan-out", "messages delivered", $"{distinct} of {Messages}");
            table.Add("outbox fan-out", "elapsed", $"{elapsed:0.0} s", $"cap-limited ideal {ideal:0.0} s");
            table.Add(
                "outbox fan-out",
                "share of the 30/s cap",
                $"{100 * ideal / elapsed:0.0} %",
                "≥ 95 %",
                ideal / elapsed >= 0.95
            );
            table.Add(
                "outbox fan-out",
                "429 answers received",
                rejected.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "0",
                rejected == 0
            );
            table.Add(
                "outbox fan-out",
                "lost / duplicated",
                $"{Messages - distinct} / {delivered.Count - distinct}",
                "0 / 0",
                distinct == Messages && delivered.Count == distinct
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
