using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>The real service, the real Telegram.Bot client over HTTP, the fake Bot API, a LiteDB file.</summary>
public sealed class TelegramEndToEndTests : IAsyncLifetime
{
    private const long Lan = 2001,
        Stranger = 9999;
    private readonly TempFolder _folder = new();
    private FakeBotApiServer _api = null!;
    private BotHost _host = null!;
    private string DbPath => _folder.File("bot.db");

    public async Task InitializeAsync()
    {
        _api = await FakeBotApiServer.StartAsync();
        _host = await BotHost.StartAsync(_api, DbPath);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    private async Task<string> InviteAsync(string args)
    {
        var before = _api.Sent(BotHost.AdminChat).Count;
        _api.UserSays(BotHost.AdminChat, $"/invite {args}", "Admin");
        var reply = (await _api.WaitForSent(BotHost.AdminChat, before + 1))[before];
        return reply.Text.Split('\n').Select(l => l.Trim()).First(InvitationCodes.LooksLikeCode);
    }

    [Fact]
    public async Task An_admin_invites_a_member_who_taps_the_deep_link_and_is_greeted_by_name_role_and_village()
    {
        _api.UserSays(BotHost.AdminChat, "/invite member tham phe", "Admin");
        var invitation = (await _api.WaitForSent(BotHost.AdminChat, 1))[0].Text;
        Assert.Contains($"https://t.me/{FakeBotApiServer.BotUsername}?start=", invitation);
        var code = invitation.Split("?start=")[1].Split('\n')[0].Trim();

        _api.UserSays(Lan, $"/start {code}", "Lò Thị Lan");
        var greeting = (await _api.WaitForSent(Lan, 1))[0];

        Assert.Contains("Lò Thị Lan", greeting.Text);
        Assert.Contains("thành viên", greeting.Text);
        Assert.Contains("Thẩm Phé", greeting.Text);
        Assert.Contains("inline_keyboard", greeting.Markup);
    }

    [Fact]
    public async Task At_start_the_bot_registers_its_commands_with_Vietnamese_descriptions()
    {
        await _api.WaitUntil(() => _api.CallsTo("setMyCommands") > 0, "the bot to register its commands");
        var call = _api.Calls.First(c => c.Method == "setmycommands");
        var json = call.Body.ToJsonString(
            new System.Text.Json.JsonSerializerOptions
            {
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }
        );
        Assert.Contains("\"start\"", json);
        Assert.Contains("Hướng dẫn sử dụng", json);
    }

    [Fact]
    public async Task An_unregistered_person_is_told_how_to_join()
    {
        _api.UserSays(Stranger, "xin chao");
        var reply = (await _api.WaitForSent(Stranger, 1)).Single();
        Assert.Equal(T.NotRegistered, reply.Text);
    }

    [Fact]
    public async Task Pressing_a_button_stops_the_spinner()
    {
        _api.UserSays(BotHost.AdminChat, "/invite", "Admin");
        await _api.WaitForSent(BotHost.AdminChat, 1);
        _api.UserPresses(BotHost.AdminChat, "s:role:Admin", "Admin");
        await _api.WaitForSent(BotHost.AdminChat, 2);
        await _api.WaitUntil(() => _api.CallsTo("answerCallbackQuery") > 0, "the press to be answered");
        Assert.Equal(1, _api.CallsTo("answerCallbackQuery"));
    }

    [Fact]
    public async Task An_update_delivered_twice_is_handled_once()
    {
        var code = await InviteAsync("member hang");
        var update = _api.UserSays(Lan, $"/start {code}");
        await _api.WaitForSent(Lan, 1);
        await _api.WaitUntilAcknowledged();

        _api.Redeliver(update);
        _api.UserSays(Lan, "/help");
        // One chat is answered in order: once /help is answered, a second greeting would have come first.
        await _api.WaitUntil(() => _api.Sent(Lan).Any(c => c.Text.Contains(T.HelpFooter)), "Lan's /help answered");
        var sent = _api.Sent(Lan);

        Assert.Equal(2, sent.Count);
        Assert.DoesNotContain(T.CodeUsed, sent.Select(s => s.Text));
    }

    [Fact]
    public async Task After_a_restart_on_the_same_database_members_are_kept_and_old_updates_are_not_handled_again()
    {
        var code = await InviteAsync("member pa khom");
        var start = _api.UserSays(Lan, $"/start {code}");
        await _api.WaitForSent(Lan, 1);
        await _api.WaitUntilAcknowledged();
        await _host.WaitUntilOutboxSettled(_api.Changed);
        await _host.DisposeAsync();

        // Telegram re-sends what it believes unconfirmed; the new process must not greet twice.
        _api.Redeliver(start);
        _host = await BotHost.StartAsync(_api, DbPath);
        _api.UserSays(Lan, "/menu");
        await _api.WaitUntil(() => _api.Sent(Lan).Any(c => c.Text == T.MenuTitle), "Lan's /menu answered");
        var sent = _api.Sent(Lan);

        Assert.Equal(2, sent.Count);
        Assert.Equal(T.MenuTitle, sent[1].Text);
    }

    [Fact]
    public async Task The_bot_token_appears_in_no_log_line_even_when_Telegram_fails()
    {
        _api.Fault = (method, _) => method == "sendmessage" ? Fault.ServerError : null;
        _api.UserSays(Stranger, "hello");
        await _api.WaitUntil(() => _api.Calls.Count(c => c.Status == 500) >= 2, "two sends to fail with 500");
        _api.Fault = null;
        await _api.WaitForSent(Stranger, 1);
        var secret = FakeBotApiServer.Token.Split(':')[1];
        Assert.NotEmpty(_host.Logs.Lines);
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        Assert.Contains(_host.Logs.Lines, l => l.Contains("500", StringComparison.Ordinal));
    }
}
