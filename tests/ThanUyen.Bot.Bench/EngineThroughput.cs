using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Bench;

/// <summary>
/// Engine only, no HTTP: 200 members each file sales answer by answer through the InboxProcessor, every
/// answer committed (state + outbox) to a LiteDB file, answers of different chats sharing a group commit.
/// Beside it, in the same run, the raw baseline: the same answers as only the writes an answer must make
/// (record the delivery, write the conversation state, insert one outbox row) with the same writer and
/// batching and no logic. The ratio engine / raw is the headline: it does not move with the machine.
/// Five runs of each; median and range. The engine also runs with durable commits off: the cost of the fsync.
/// </summary>
public static class EngineThroughput
{
    public const int Chats = 200,
        SalesPerChat = 5, // ~1.5 s a run: shorter runs let one slow fsync of this VM's disk swing a run's ratio
        Runs = 5;
    private static readonly string[] Sale = ["/sale", "bo", "3 con", "1", "12tr", "1", "hom nay", "bo qua", "1"];
    private static int Updates => Chats * SalesPerChat * Sale.Length;

    public static async Task RunAsync(Table table)
    {
        List<double> engine = [],
            raw = [],
            ratio = [],
            volatileEngine = [],
            engineCpu = [],
            rawCpu = [],
            cpuRatio = [];
        // A first run of each warms the JIT and the caches: not counted.
        await Run(durable: true, raw: false);
        await Run(durable: true, raw: true);
        for (var run = 0; run < Runs; run++)
        {
            var (e, eCpu) = await Run(durable: true, raw: false);
            var (r, rCpu) = await Run(durable: true, raw: true);
            engine.Add(e);
            raw.Add(r);
            ratio.Add(e / r);
            (engineCpu, rawCpu, cpuRatio) = ([.. engineCpu, eCpu], [.. rawCpu, rCpu], [.. cpuRatio, rCpu / eCpu]);
            volatileEngine.Add((await Run(durable: false, raw: false)).Rate);
        }
        table.Add(
            "engine only",
            "answers per run",
            $"{Updates:N0} from {Chats} chats ({Chats * SalesPerChat:N0} sales)"
        );
        table.Add("engine only", "engine, durable commits (fsync per group)", Stats.Rate(engine));
        table.Add("engine only", "raw writes only (same writer, same batching)", Stats.Rate(raw));
        table.Add("engine only", "engine / raw", Stats.Percent(ratio), "≥ 50 %", Stats.Median(ratio) >= 0.5);
        table.Add(
            "engine only",
            "runs in a row with engine / raw ≥ 50 %",
            $"{ratio.Count(r => r >= 0.5)} of {ratio.Count}",
            $"{ratio.Count} of {ratio.Count}",
            ratio.All(r => r >= 0.5)
        );
        // Processor time does not wait on the disk or on other programs: the steadier measure of the work.
        table.Add("engine only", "CPU per answer, engine", Stats.Micros(engineCpu));
        table.Add("engine only", "CPU per answer, raw writes", Stats.Micros(rawCpu));
        table.Add("engine only", "CPU: raw / engine", Stats.Percent(cpuRatio));
        table.Add("engine only", "engine, durable commits off", Stats.Rate(volatileEngine));
        table.Add(
            "engine only",
            "cost of durability (durable / off)",
            Stats.Percent(engine.Zip(volatileEngine, (d, v) => d / v).ToList())
        );
    }

    /// <summary>One run on a fresh database; answers per second and the process's CPU time per answer (µs).</summary>
    private static async Task<(double Rate, double CpuMicros)> Run(bool durable, bool raw)
    {
        var folder = Directory.CreateTempSubdirectory("thanuyen-bench-");
        try
        {
            await using var services = BenchCore.Start(Path.Combine(folder.FullName, "engine.db"), durable);
            var stores = services.GetRequiredService<Stores>();
            stores.Writer.Write(() =>
            {
                for (var i = 0; i < Chats; i++)
                    stores.Members.Save(
                        new Member
                        {
                            Name = $"Thành viên {i}",
                            Role = Role.Member,
                            VillageId = "pa-khom",
                            CommuneId = "pha-mu",
                            Addresses = [$"telegram:{i + 1}"],
                        }
                    );
            });
            var inbox = services.GetRequiredService<InboxProcessor>();
            var db = services.GetRequiredService<BotDatabase>();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(
                Enumerable
                    .Range(1, Chats)
                    .Select(async chat =>
                    {
                        var n = 0;
                        for (var s = 0; s < SalesPerChat; s++)
                            foreach (var text in Sale)
                            {
                                var message = new IncomingMessage(
                                    new ChatAddress(
                                        "telegram",
                                        chat.ToString(System.Globalization.CultureInfo.InvariantCulture)
                                    ),
                                    $"b:{chat}:{n++}",
                                    MessageKind.Text
                                )
                                {
                                    Text = text,
                                };
                                if (raw)
                                    await stores.Writer.WriteAsync(() => RawAnswer(db, message, n));
                                else
                                    await inbox.HandleAsync(message);
                            }
                    })
            );
            var rate = Updates / clock.Elapsed.TotalSeconds;
            var cpuMicros = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / Updates;
            // A run that did not do the work measures nothing: every sale must be saved.
            if (!raw && db.Reports.Count() != Chats * SalesPerChat)
                throw new InvalidOperationException(
                    $"{db.Reports.Count()} reports saved, {Chats * SalesPerChat} expected"
                );
            return (rate, cpuMicros);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The writes an answer cannot do without, as documents of the engine's own sizes.</summary>
    private static void RawAnswer(BotDatabase db, IncomingMessage message, int n)
    {
        var now = DateTime.UtcNow;
        db.Processed.Upsert(new Core.Storage.ProcessedDelivery { Id = message.DeliveryId, At = now });
        var answers = Enumerable.Range(0, n % 9).ToDictionary(i => $"step{i}", i => $"answer {i}");
        db.Conversations.Upsert(
            new ConversationState
            {
                Id = message.Chat.ToString(),
                FlowId = "sale",
                StepKey = $"step{n % 9}",
                Answers = answers,
                History = [.. answers.Keys],
                StartedAt = now,
                UpdatedAt = now,
            }
        );
        db.Outbox.Insert(
            new OutgoingMessage
            {
                Chat = message.Chat.ToString(),
                Text = "💵 Giá mỗi con bao nhiêu? Ví dụ: 12tr, 500k, 1.500.000",
                Choices = [new Choice("🐄 Bò", "s:product:cattle"), new Choice("🐃 Trâu", "s:product:buffalo")],
                CreatedAt = now,
                NextAttemptAt = now,
            }
        );
    }
}
