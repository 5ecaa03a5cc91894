using System.Net;
using System.Net.Sockets;
using System.Text;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reliability;

public sealed class WebhookCrashTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Killing_the_service_right_after_a_200_loses_nothing_the_update_is_answered_after_restart()
    {
        using var folder = new TempFolder();
        await using var zalo = await FakeZaloServer.StartAsync();
        var port = FreePort();
        var environment = new Dictionary<string, string>
        {
            ["urls"] = $"http://127.0.0.1:{port}",
            ["Console__Enabled"] = "false",
            ["Zalo__BotToken"] = FakeZaloServer.Token,
            ["Zalo__ApiBaseUrl"] = zalo.BaseUrl,
            ["Zalo__Mode"] = "Webhook",
            ["Zalo__WebhookUrl"] = "https://bot.example.vn/webhooks/zalo",
            ["Zalo__WebhookSecret"] = "crash-test-secret",
        };
        using var http = new HttpClient();
        var delivered = 0;
        using (var first = new BotProcess(folder.File("bot.db"), environment))
        {
            await Eventually.True(
                async () =>
                {
                    try
                    {
                        return (await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"))).IsSuccessStatusCode;
                    }
                    catch (HttpRequestException)
                    {
                        return false;
                    }
                },
                TimeSpan.FromSeconds(20),
                "the service to answer /healthz",
                first.Transcript,
                first.Changed
            );
            // Fire several updates and kill -9 the moment the last 200 arrives.
            for (var i = 0; i < 5; i++)
            {
                var update = zalo.Update("message.text.received", $"c{i}", "Mai", m => m["text"] = "/help");
                using var request = new HttpRequestMessage(
                    HttpMethod.Post,
                    new Uri($"http://127.0.0.1:{port}/webhooks/zalo")
                )
                {
                    Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("X-Bot-Api-Secret-Token", "crash-test-secret");
                if ((await http.SendAsync(request)).StatusCode == HttpStatusCode.OK)
                    delivered++;
            }
            first.Kill();
        }
        Assert.Equal(5, delivered);
        using var second = new BotProcess(folder.File("bot.db"), environment);
        for (var i = 0; i < 5; i++)
            await zalo.WaitForSent($"c{i}", 1, seconds: 30);
        second.Kill();
        // Nothing lost, each update handled once. (A reply the first process sent in the instant before
        // the kill, but had not yet marked sent, goes out again: the outbox is at-least-once.)
        using var db = new Core.Storage.BotDatabase(
            new Core.Storage.StorageOptions { DatabasePath = folder.File("bot.db") }
        );
        Assert.Equal(5, db.Processed.Count(p => p.Id.StartsWith("zalo:")));
        Assert.Equal(0, db.Inbox.Count());
    }
}
