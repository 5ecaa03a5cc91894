using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reliability;

/// <summary>
/// Issue 18: nothing is acknowledged before it is on disk. A storage observer keeps the image a power cut
/// would leave (only synced bytes); at every acknowledgement — Telegram's next offset, a confirmation
/// sent to the member, a webhook's 200 — that image is opened as a restart would and must already hold
/// what was acknowledged. With Storage:DurableCommits off (LiteDB 5.0.21's own behaviour) it does not.
/// </summary>
public sealed class DurableCommitTests : IAsyncLifetime
{
    private const long Chua = 2002;
    private readonly TempFolder _folder = new();
    private readonly PowerCutImage _image = new();
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentDictionary<long, bool> _sentUpdates = new();
    private int _checks;
    private FakeBotApiServer _api = null!;
    private BotHost? _host;
    private string Path => _folder.File("bot.db");

    public async Task InitializeAsync() => _api = await FakeBotApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    private Task Start(bool durable, Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?> { ["Storage:DurableCommits"] = durable ? "true" : "false" };
        foreach (var (k, v) in more ?? [])
            settings[k] = v;
        return StartHost(settings);
    }

    private async Task StartHost(Dictionary<string, string?> settings) =>
        _host = await BotHost.StartAsync(_api, Path, settings, services: s => s.AddSingleton<IStorageObserver>(_image));

    /// <summary>Opens what a power cut right now would leave and runs <paramref name="check"/> on it.</summary>
    private void AfterPowerCut(string what, Func<LiteDB.LiteDatabase, bool> check)
    {
        Interlocked.Increment(ref _checks);
        using var db = _image.Open(Path, _folder.File("cut"));
        if (!check(db))
            _violations.Enqueue(what);
    }

    private static bool Handled(LiteDB.LiteDatabase db, long updateId) =>
        db.GetCollection("processed")
            .FindAll()
            .Any(d => d["_id"].AsString.StartsWith($"telegram:u{updateId}:", StringComparison.Ordinal))
        || db.GetCollection("inbox")
            .FindAll()
            .Any(d => d["_id"].AsString.StartsWith($"telegram:u{updateId}:", StringComparison.Ordinal));

    /// <summary>
    /// Watches the acknowledgements Telegram receives: a new offset, and confirmations of saved reports.
    /// </summary>
    private void WatchPolling()
    {
        _api.Fault = (method, body) =>
        {
            if (method == "getupdates" && body["offset"]?.GetValue<long>() is { } offset)
                foreach (var update in _sentUpdates.Keys.Where(id => id < offset).Order())
                    if (_sentUpdates.TryRemove(update, out _))
                        AfterPowerCut($"update {update} acknowledged (offset {offset})", db => Handled(db, update));
            if (
                method == "sendmessage"
                && body["text"]?.ToString() is { } text
                && text.Contains("Đã lưu báo cáo BC-", StringComparison.Ordinal)
            )
            {
                var code = "BC-" + text.Split("BC-")[1][..4];
                AfterPowerCut(
                    $"{code} confirmed to the member",
                    db => db.GetCollection("reports").Exists(LiteDB.Query.EQ("Code", code))
                );
            }
            return null;
        };
    }

    private void Say(long chat, string text, string name) =>
        _sentUpdates[_api.UserSays(chat, text, name)["update_id"]!.GetValue<long>()] = true;

    private async Task FileSales(int count)
    {
        Say(BotHost.AdminChat, "/invite member pa khom", "Admin");
        var code = (await _api.WaitForSent(BotHost.AdminChat, 1))[0]
            .Text.Split('\n')
            .Select(l => l.Trim())
            .First(InvitationCodes.LooksLikeCode);
        Say(Chua, $"/start {code}", "Giàng A Chua");
        var sent = (await _api.WaitForSent(Chua, 1)).Count;
        for (var s = 0; s < count; s++)
            foreach (var answer in new[] { "/sale", "bo", "2 con", "1", "12tr", "1", "hom nay", "bo qua", "luu" })
            {
                Say(Chua, answer, "Giàng A Chua");
                sent = (await _api.WaitForSent(Chua, sent + 1, seconds: 20)).Count;
            }
    }

    [Fact]
    public async Task Every_acknowledged_update_and_every_confirmed_report_survives_a_power_cut()
    {
        await Start(durable: true);
        WatchPolling();
        await FileSales(3);
        await _api.WaitUntilAcknowledged();

        Assert.True(_checks >= 30, $"only {_checks} acknowledgements were checked");
        Assert.Empty(_violations);
        Assert.Equal(3, _host!.Db.Reports.Count());
    }

    [Fact]
    public async Task Without_durable_commits_acknowledged_updates_are_missing_after_a_power_cut()
    {
        // The control: LiteDB 5.0.21 on its own never syncs a commit, so the same run shows what a power cut loses.
        await Start(durable: false);
        WatchPolling();
        await FileSales(1);
        await _api.WaitUntilAcknowledged();

        Assert.NotEmpty(_violations);
    }

    [Fact]
    public async Task A_webhook_answers_200_only_once_the_update_is_on_disk()
    {
        await Start(
            durable: true,
            new()
            {
                ["Telegram:Mode"] = "Webhook",
                ["Telegram:WebhookUrl"] = "https://bot.example.vn/webhooks/telegram",
                ["Telegram:WebhookSecret"] = "telegram_webhook_secret_456",
            }
        );
        using var http = new HttpClient();
        for (var id = 1; id <= 20; id++)
        {
            var update = new JsonObject
            {
                ["update_id"] = id,
                ["message"] = new JsonObject
                {
                    ["message_id"] = id,
                    ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["chat"] = new JsonObject { ["id"] = 7000 + id, ["type"] = "private" },
                    ["from"] = new JsonObject
                    {
                        ["id"] = 7000 + id,
                        ["is_bot"] = false,
                        ["first_name"] = "A",
                    },
                    ["text"] = "xin chao",
                },
            };
            using var request = new HttpRequestMessage(
                HttpMethod.Post,
                new Uri(new Uri(_host!.Url), "/webhooks/telegram")
            )
            {
                Content = JsonContent.Create(update),
            };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", "telegram_webhook_secret_456");
            using var response = await http.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var updateId = (long)id;
            AfterPowerCut($"webhook update {id} answered 200", db => Handled(db, updateId));
        }
        Assert.Empty(_violations);
    }
}
