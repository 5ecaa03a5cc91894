using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>Webhook mode for both channels: secrets, durable inbox, re-sends, size caps, health.</summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private const string ZaloSecret = "zalo-webhook-secret-123",
        TelegramSecret = "telegram_webhook_secret_456";
    private readonly TempFolder _folder = new();
    private FakeZaloServer _zalo = null!;
    private FakeBotApiServer _telegram = null!;
    private BotHost _host = null!;
    private readonly HttpClient _http = new();

    private static Dictionary<string, string?> Settings =>
        new()
        {
            ["Zalo:Mode"] = "Webhook",
            ["Zalo:WebhookUrl"] = "https://bot.example.vn/webhooks/zalo",
            ["Zalo:WebhookSecret"] = ZaloSecret,
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.vn/webhooks/telegram",
            ["Telegram:WebhookSecret"] = TelegramSecret,
        };

    public async Task InitializeAsync()
    {
        _zalo = await FakeZaloServer.StartAsync();
        _telegram = await FakeBotApiServer.StartAsync();
        _host = await BotHost.StartAsync(_telegram, _folder.File("bot.db"), Settings, zalo: _zalo);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _zalo.DisposeAsync();
        await _telegram.DisposeAsync();
        _http.Dispose();
        _folder.Dispose();
    }

    private Task<HttpResponseMessage> Post(string path, string header, string? secret, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(_host.Url), path))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
            request.Headers.Add(header, secret);
        return _http.SendAsync(request);
    }

    private Task<HttpResponseMessage> PostZalo(JsonNode update, string? secret = ZaloSecret) =>
        Post("/webhooks/zalo", "X-Bot-Api-Secret-Token", secret, update.ToJsonString());

    [Fact]
    public async Task At_start_both_webhooks_are_registered_with_their_secrets()
    {
        await _telegram.WaitUntil(() => _telegram.CallsTo("setWebhook") > 0, "the Telegram webhook registered");
        await _zalo.WaitUntil(() => _zalo.CallsTo("setWebhook") > 0, "the Zalo webhook registered");
        var telegram = _telegram.Calls.First(c => c.Method == "setwebhook");
        Assert.Equal(TelegramSecret, telegram.Body["secret_token"]!.ToString());
        Assert.Contains("callback_query", telegram.Body["allowed_updates"]!.ToJsonString());
        Assert.Equal(ZaloSecret, _zalo.Calls.First(c => c.Method == "setwebhook").Body["secret_token"]!.ToString());
        Assert.Equal(0, _telegram.CallsTo("getUpdates"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret-000000")]
    [InlineData("zalo-webhook-secret-12")]
    public async Task A_Zalo_webhook_without_the_right_secret_gets_401_and_nothing_is_processed(string? secret)
    {
        var response = await PostZalo(
            _zalo.Update("message.text.received", "intruder", "X", m => m["text"] = "/help"),
            secret
        );
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // A marker from the same chat with the right secret: handled in order, so once it is answered,
        // the refused update would have been answered before it.
        await PostZalo(_zalo.Update("message.text.received", "intruder", "X", m => m["text"] = "xin chao"));
        await _zalo.WaitForSent("intruder", 1);
        Assert.Equal([T.NotRegistered], _zalo.Sent("intruder").Select(c => c.Text));
        Assert.Equal(1, _host.Db.Processed.Count());
        Assert.Equal(0, _host.Db.Inbox.Count());
    }

    [Fact]
    public async Task A_Zalo_update_wrapped_or_not_is_handled_once_even_when_Zalo_sends_it_again()
    {
        var update = _zalo.Update("message.text.received", "u1", "Mai", m => m["text"] = "/help");
        Assert.Equal(HttpStatusCode.OK, (await PostZalo(update)).StatusCode);
        Assert.Equal(
            HttpStatusCode.OK,
            (await PostZalo(new JsonObject { ["ok"] = true, ["result"] = update.DeepClone() })).StatusCode
        );
        var wrapped = _zalo.Update("message.text.received", "u2", "Lan", m => m["text"] = "/help");
        Assert.Equal(
            HttpStatusCode.OK,
            (await PostZalo(new JsonObject { ["ok"] = true, ["result"] = wrapped })).StatusCode
        );
        await _zalo.WaitForSent("u2", 1);
        // The marker's answer differs from /help's; a second /help answer would come before it.
        await PostZalo(_zalo.Update("message.text.received", "u1", "Mai", m => m["text"] = "xin chao"));
        await _zalo.WaitUntil(() => _zalo.Sent("u1").Any(c => c.Text == T.NotRegistered), "the marker answered");
        Assert.Equal([T.HelpUnregistered, T.NotRegistered], _zalo.Sent("u1").Select(c => c.Text));
    }

    [Fact]
    public async Task A_Telegram_webhook_needs_the_secret_and_its_button_presses_are_answered()
    {
        var update = new JsonObject
        {
            ["update_id"] = 5001,
            ["message"] = new JsonObject
            {
                ["message_id"] = 1,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["text"] = "/invite",
                ["chat"] = new JsonObject { ["id"] = BotHost.AdminChat, ["type"] = "private" },
                ["from"] = new JsonObject
                {
                    ["id"] = BotHost.AdminChat,
                    ["is_bot"] = false,
                    ["first_name"] = "Admin",
                },
            },
        };
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            (
                await Post("/webhooks/telegram", "X-Telegram-Bot-Api-Secret-Token", "nope", update.ToJsonString())
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (
                await Post(
                    "/webhooks/telegram",
                    "X-Telegram-Bot-Api-Secret-Token",
                    TelegramSecret,
                    update.ToJsonString()
                )
            ).StatusCode
        );
        var question = (await _telegram.WaitForSent(BotHost.AdminChat, 1)).Single();
        Assert.Contains("inline_keyboard", question.Markup);

        var press = new JsonObject
        {
            ["update_id"] = 5002,
            ["callback_query"] = new JsonObject
            {
                ["id"] = "cq-5002",
                ["chat_instance"] = "c",
                ["data"] = "s:role:Admin",
                ["from"] = new JsonObject
                {
                    ["id"] = BotHost.AdminChat,
                    ["is_bot"] = false,
                    ["first_name"] = "Admin",
                },
                ["message"] = new JsonObject
                {
                    ["message_id"] = 2,
                    ["date"] = 0,
                    ["chat"] = new JsonObject { ["id"] = BotHost.AdminChat, ["type"] = "private" },
                },
            },
        };
        Assert.Equal(
            HttpStatusCode.OK,
            (
                await Post(
                    "/webhooks/telegram",
                    "X-Telegram-Bot-Api-Secret-Token",
                    TelegramSecret,
                    press.ToJsonString()
                )
            ).StatusCode
        );
        await _telegram.WaitForSent(BotHost.AdminChat, 2);
        await _telegram.WaitUntil(() => _telegram.CallsTo("answerCallbackQuery") > 0, "the press answered");
        Assert.Equal(
            "cq-5002",
            _telegram.Calls.First(c => c.Method == "answercallbackquery").Body["callback_query_id"]!.ToString()
        );
    }

    [Fact]
    public async Task An_oversized_body_is_refused_and_healthz_reports_each_channel()
    {
        var huge = _zalo.Update("message.text.received", "u3", "X", m => m["text"] = new string('x', 300_000));
        // 413, or Kestrel closes the connection before reading the rest of the body: refused either way.
        // Its own connection: Kestrel may close it, and a pooled one would fail the next request.
        using (var once = new HttpClient())
        using (
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(_host.Url), "/webhooks/zalo"))
            {
                Content = new StringContent(huge.ToJsonString(), Encoding.UTF8, "application/json"),
            }
        )
        {
            request.Headers.Add("X-Bot-Api-Secret-Token", ZaloSecret);
            try
            {
                Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await once.SendAsync(request)).StatusCode);
            }
            catch (HttpRequestException) { }
        }
        Assert.Equal(0, _host.Db.Inbox.Count() + _host.Db.Processed.Count());
        await PostZalo(_zalo.Update("message.text.received", "u4", "X", m => m["text"] = "hi"));
        await _zalo.WaitForSent("u4", 1);
        // The service notes the send once Zalo's answer reaches it, a moment after the fake recorded it.
        var seen = "";
        var health = await Eventually.Value(
            async () =>
            {
                var node = JsonNode.Parse(seen = await _http.GetStringAsync(new Uri(new Uri(_host.Url), "/healthz")))!;
                return node["channels"]!["zalo"]!["lastSent"] is null ? null : node;
            },
            TimeSpan.FromSeconds(10),
            "/healthz to show the Zalo reply as sent",
            () => seen,
            _zalo.Changed
        );
        Assert.Equal("ok", health["status"]!.ToString());
        Assert.NotNull(health["channels"]!["zalo"]!["lastReceived"]);
        Assert.NotNull(health["channels"]!["telegram"]);
    }

    [Fact]
    public async Task An_update_accepted_but_not_yet_handled_when_the_service_died_is_handled_after_the_restart()
    {
        await _host.DisposeAsync();
        // What a crash right after the 200 leaves behind: the update in the inbox, nothing else.
        using (
            var db = new Core.Storage.BotDatabase(
                new Core.Storage.StorageOptions { DatabasePath = _folder.File("bot.db") }
            )
        )
            db.Inbox.Insert(
                InboxEntry.From(
                    new IncomingMessage(new ChatAddress("zalo", "u5"), "zalo:crash-1", MessageKind.Text)
                    {
                        Text = "/help",
                    },
                    DateTime.UtcNow
                )
            );
        _host = await BotHost.StartAsync(_telegram, _folder.File("bot.db"), Settings, zalo: _zalo);
        await _zalo.WaitForSent("u5", 1);
        Assert.Equal(0, _host.Db.Inbox.Count());
    }
}
