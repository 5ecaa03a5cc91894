using System.Text.Json.Nodes;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>A report filed through real Telegram.Bot HTTP calls: inline buttons, callback queries, a photo.</summary>
public sealed class TelegramReportTests : IAsyncLifetime
{
    private const long Chua = 2002;
    private readonly TempFolder _folder = new();
    private FakeBotApiServer _api = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApiServer.StartAsync();
        _host = await BotHost.StartAsync(_api, _folder.File("bot.db"));
        _api.UserSays(BotHost.AdminChat, "/invite member pa khom", "Admin");
        var code = (await _api.WaitForSent(BotHost.AdminChat, 1))[0]
            .Text.Split('\n')
            .Select(l => l.Trim())
            .First(InvitationCodes.LooksLikeCode);
        _api.UserSays(Chua, $"/start {code}", "Giàng A Chua");
        await _api.WaitForSent(Chua, 1);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    private async Task<ApiCall> Next(Action act)
    {
        var before = _api.Sent(Chua).Count;
        act();
        return (await _api.WaitForSent(Chua, before + 1))[before];
    }

    private static string ButtonData(ApiCall message, string label)
    {
        var rows = JsonNode.Parse(message.Markup)!["inline_keyboard"]!.AsArray();
        return rows.SelectMany(r => r!.AsArray())
            .First(b => b!["text"]!.ToString().Contains(label, StringComparison.Ordinal))!["callback_data"]!.ToString();
    }

    [Fact]
    public async Task A_cattle_sale_is_filed_with_buttons_and_every_press_is_answered()
    {
        var q = await Next(() => _api.UserPresses(Chua, "m:sale"));
        q = await Next(() => _api.UserPresses(Chua, ButtonData(q, "Bò")));
        q = await Next(() => _api.UserSays(Chua, "3 con"));
        q = await Next(() => _api.UserPresses(Chua, ButtonData(q, "Tổng")));
        q = await Next(() => _api.UserSays(Chua, "36 triệu"));
        q = await Next(() => _api.UserPresses(Chua, ButtonData(q, "Thương lái")));
        q = await Next(() => _api.UserPresses(Chua, ButtonData(q, "Hôm nay")));
        var confirm = await Next(() => _api.UserPresses(Chua, ButtonData(q, "Bỏ qua")));
        Assert.Contains("12.000.000 ₫", confirm.Text);
        var saved = await Next(() => _api.UserPresses(Chua, ButtonData(confirm, "Lưu")));

        Assert.Contains("BC-0001", saved.Text);
        await _api.WaitUntil(() => _api.CallsTo("answerCallbackQuery") >= 7, "all seven presses to be answered");
        Assert.Equal(7, _api.CallsTo("answerCallbackQuery"));
        Assert.Equal(36_000_000m, _host.Db.Reports.FindAll().Single().FactsAs<SaleFacts>()!.Total);
    }

    [Fact]
    public async Task A_photo_keeps_the_largest_sizes_file_id_and_the_location_question_shows_the_location_button()
    {
        await Next(() => _api.UserSays(Chua, "/progress"));
        await Next(() => _api.UserSays(Chua, "1"));
        await Next(() => _api.UserSays(Chua, "50"));
        foreach (var a in new[] { "1", "10", "-", "-" })
            await Next(() => _api.UserSays(Chua, a));
        var location = await Next(() => _api.UserSendsPhoto(Chua, "BIG-photo"));
        Assert.Contains("request_location", location.Markup);
        var confirm = await Next(() => _api.UserSays(Chua, "⏭️ Bỏ qua"));
        await Next(() => _api.UserPresses(Chua, ButtonData(confirm, "Lưu")));
        Assert.Equal(["BIG-photo"], _host.Db.Reports.FindAll().Single().FactsAs<ProgressFacts>()!.PhotoFileIds);
    }
}
