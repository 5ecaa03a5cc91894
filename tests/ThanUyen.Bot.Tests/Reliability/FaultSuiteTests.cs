using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reliability;

/// <summary>
/// 20 % of sends and polls fail (429 with retry_after 1–3 s, 500, an HTML 502 page, dropped
/// connections, and for sends also hung requests). Everything still arrives, in order, almost never twice.
/// </summary>
public sealed class FaultSuiteTests
{
    private const int Chats = 15,
        PerChat = 8;

    [Fact]
    public async Task Telegram_with_twenty_percent_faults_delivers_everything_in_order()
    {
        using var folder = new TempFolder();
        await using var api = await FakeBotApiServer.StartAsync();
        var random = new Random(7);
        var gate = new Lock();
        api.Fault = (method, _) =>
        {
            lock (gate)
            {
                if (method is not ("sendmessage" or "getupdates") || random.Next(100) >= 20)
                    return null;
                return Fault.Any(random, allowHang: method == "sendmessage");
            }
        };
        await using var host = await BotHost.StartAsync(
            api,
            folder.File("bot.db"),
            new()
            {
                ["Telegram:SendTimeoutSeconds"] = "2",
                ["Outbox:TelegramPerSecond"] = "100",
                ["Outbox:MaxAttempts"] = "30",
                ["Outbox:MaxBackoffSeconds"] = "2",
            }
        );
        for (var c = 0; c < Chats; c++)
            host.Queue(6000 + c, Enumerable.Range(1, PerChat).Select(i => $"chat {c} tin {i}"));
        for (var c = 0; c < Chats; c++)
            api.UserSays(7000 + c, "xin chào");

        for (var c = 0; c < Chats; c++)
        {
            var sent = await api.WaitForSent(6000 + c, PerChat, seconds: 90);
            var distinct = sent.Select(s => s.Text).Distinct().ToList();
            Assert.Equal(Enumerable.Range(1, PerChat).Select(i => $"chat {c} tin {i}"), distinct); // all, in order
            await api.WaitForSent(7000 + c, 1, seconds: 60);
        }
        var all = Enumerable.Range(0, Chats).SelectMany(c => api.Sent(6000 + c).Concat(api.Sent(7000 + c))).ToList();
        var duplicates = all.Count - all.Select(s => (s.ChatId, s.Text)).Distinct().Count();
        Assert.True(duplicates <= Math.Max(1, all.Count / 1000), $"{duplicates} of {all.Count} delivered twice");
        Assert.True(api.Calls.Count(c => c.Status != 200) > 10, "the faults were injected");
        Assert.Equal(0, host.Db.Outbox.Count(m => m.Status == OutboxStatus.Failed));
        Assert.DoesNotContain(
            host.Logs.Lines,
            l => l.Contains(FakeBotApiServer.Token.Split(':')[1], StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task Zalo_with_twenty_percent_faults_delivers_everything_in_order()
    {
        using var folder = new TempFolder();
        await using var zalo = await FakeZaloServer.StartAsync();
        var random = new Random(11);
        var gate = new Lock();
        zalo.Fault = (method, _) =>
        {
            lock (gate)
            {
                if (method is not ("sendMessage" or "getUpdates") || random.Next(100) >= 20)
                    return null;
                return random.Next(4) switch
                {
                    0 => new Fault(429, "quota"),
                    1 => new Fault(403, "server error"),
                    2 => Fault.ServerError,
                    _ => Fault.Dropped,
                };
            }
        };
        await using var host = await BotHost.StartAsync(
            null,
            folder.File("bot.db"),
            new() { ["Outbox:MaxAttempts"] = "30", ["Outbox:MaxBackoffSeconds"] = "2" },
            zalo: zalo
        );
        var outbox = host.Stores.Outbox;
        host.Stores.Writer.Write(() =>
        {
            for (var c = 0; c < Chats; c++)
            for (var i = 1; i <= PerChat; i++)
                outbox.Add(
                    new OutgoingMessage
                    {
                        Chat = $"zalo:z{c}",
                        Text = $"chat {c} tin {i}",
                        Priority = OutboxPriority.Broadcast,
                        CreatedAt = DateTime.UtcNow,
                        NextAttemptAt = DateTime.UtcNow,
                    }
                );
        });
        host.Services.GetService(typeof(OutboxSignal)).As<OutboxSignal>().Notify();
        for (var c = 0; c < Chats; c++)
            zalo.UserSays($"u{c}", "xin chào");

        for (var c = 0; c < Chats; c++)
        {
            var sent = await zalo.WaitForSent($"z{c}", PerChat, seconds: 90);
            Assert.Equal(
                Enumerable.Range(1, PerChat).Select(i => $"chat {c} tin {i}"),
                sent.Select(s => s.Body["text"]!.ToString()).Distinct()
            );
            await zalo.WaitForSent($"u{c}", 1, seconds: 60);
        }
        Assert.True(zalo.Calls.Count(c => c.Status != 200) > 10, "the faults were injected");
        var secret = FakeZaloServer.Token.Split(':')[1];
        Assert.Contains(host.Logs.Lines, l => l.Contains("Zalo", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
    }
}

internal static class Cast
{
    public static T As<T>(this object? value) => (T)value!;
}
