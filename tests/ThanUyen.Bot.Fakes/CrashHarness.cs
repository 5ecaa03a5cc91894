using System.Collections.Concurrent;
using System.Diagnostics;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Fakes;

/// <summary>
/// The crash suite: the real executable against the fake Bot API, simulated members filing sales,
/// and kill -9 at random moments, restarting on the same database each time. Members only move on
/// when they see the answer they were owed; at the end the caller checks the database.
/// </summary>
public sealed class CrashHarness(string databasePath, int users, int reportsPerUser, int kills, int seed)
{
    public const long FirstChat = 500_000;
    private static readonly (string Answer, string NextQuestion)[] Sale =
    [
        ("/sale", "Bán gì?"),
        ("bo", "Bán bao nhiêu?"),
        ("3", "hay tổng số tiền"),
        ("1", "Giá mỗi con"),
        ("12tr", "Bán cho ai?"),
        ("1", "Bán ngày nào?"),
        ("hom nay", "Hộ nào bán?"),
        ("bo qua", "• Sản phẩm: "), // the summary (a repeat of the same sale adds "vẫn lưu?")
        ("luu", "Đã lưu báo cáo"),
    ];

    public ConcurrentDictionary<long, List<string>> Confirmed { get; } = new();

    /// <summary>The members who will file reports, registered straight into a fresh database.</summary>
    public static void SeedMembers(string databasePath, int users)
    {
        using var session = new StorageSession(new StorageOptions { DatabasePath = databasePath });
        CatalogueSeeder.Seed(
            session.Stores,
            CatalogueFile.Load(Path.Combine(AppContext.BaseDirectory, "catalogue.json")),
            DateTime.UtcNow
        );
        session.Writer.Write(() =>
        {
            for (var u = 0; u < users; u++)
                session.Stores.Members.Save(
                    new Member
                    {
                        Name = $"Người {u}",
                        Role = Role.Member,
                        VillageId = "pa-khom",
                        CommuneId = "pha-mu",
                        Addresses = [$"telegram:{FirstChat + u}"],
                    }
                );
        });
    }

    public int Kills { get; private set; }
    public int UnansweredAtEnd { get; private set; }
    public TimeSpan Elapsed { get; private set; }

    public async Task RunAsync(FakeBotApiServer api, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        var process = Start(api);
        var done = 0;
        var workers = Enumerable
            .Range(0, users)
            .Select(u =>
                Task.Run(
                    async () =>
                    {
                        var chat = FirstChat + u;
                        Confirmed[chat] = [];
                        for (var r = 0; r < reportsPerUser; r++)
                            foreach (var (answer, next) in Sale)
                            {
                                var seen = api.Sent(chat).Count;
                                api.UserSays(chat, answer, $"Người {u}");
                                var reply = await WaitFor(api, chat, seen, next, ct);
                                if (answer == "luu")
                                    Confirmed[chat]
                                        .Add(
                                            reply
                                                .Split('\n')[0]
                                                .Split(' ')
                                                .First(w => w.StartsWith("BC-", StringComparison.Ordinal))
                                                .TrimEnd('.')
                                        );
                            }
                        Interlocked.Increment(ref done);
                    },
                    ct
                )
            )
            .ToList();

        while (Kills < kills && Volatile.Read(ref done) < users)
        {
            await Task.Delay(random.Next(300, 1500), ct);
            process.Kill(entireProcessTree: true); // kill -9: no shutdown, no flush
            await process.WaitForExitAsync(ct);
            process.Dispose();
            Kills++;
            process = Start(api);
        }
        await Task.WhenAll(workers);
        await Task.Delay(500, ct);
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(ct);
        process.Dispose();
        Elapsed = clock.Elapsed;
    }

    /// <summary>
    /// Waits for the owed answer; duplicates of earlier messages (the outbox is at-least-once) are skipped.
    /// </summary>
    private static async Task<string> WaitFor(
        FakeBotApiServer api,
        long chat,
        int seen,
        string expected,
        CancellationToken ct
    )
    {
        var reply = await Eventually.Value(
            () =>
            {
                ct.ThrowIfCancellationRequested();
                return api.Sent(chat)
                    .Skip(seen)
                    .FirstOrDefault(c => c.Text.Contains(expected, StringComparison.Ordinal));
            },
            TimeSpan.FromMinutes(2),
            $"chat {chat} to get '{expected}'",
            () => api.Transcript(chat),
            api.Changed
        );
        return reply.Text;
    }

    private Process Start(FakeBotApiServer api)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ThanUyen.Bot.dll")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.Environment["Storage__DatabasePath"] = databasePath;
        info.Environment["urls"] = "http://127.0.0.1:0";
        info.Environment["Console__Enabled"] = "false";
        info.Environment["Telegram__BotToken"] = FakeBotApiServer.Token;
        info.Environment["Telegram__ApiBaseUrl"] = api.BaseUrl;
        info.Environment["Telegram__PollTimeoutSeconds"] = "1";
        info.Environment["Outbox__TelegramPerChatPerSecond"] = "100";
        info.Environment["Outbox__TelegramPerChatBurst"] = "20";
        info.Environment["Outbox__TelegramPerSecond"] = "200";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
