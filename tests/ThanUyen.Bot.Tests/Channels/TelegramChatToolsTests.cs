using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;
using static ThanUyen.Bot.Tests.Infra.TelegramChat;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>
/// Issue 19 through the real Telegram.Bot client and the fake Bot API: the bot shows it is working, each role has
/// its own "/" list, and a long list turns its pages in one message.
/// </summary>
public sealed class TelegramChatToolsTests : IAsyncLifetime
{
    private TelegramChat _chat = null!;
    private FakeBotApiServer _api = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _chat = await TelegramChat.StartAsync();
        (_api, _host) = (_chat.Api, _chat.Host);
    }

    public async Task DisposeAsync() => await _chat.DisposeAsync();

    private Task<ApiCall> Next(Action act, long chat = Chua) => _chat.Next(act, chat);

    [Fact]
    public async Task Chat_actions_are_sent_while_an_export_is_built_and_uploaded()
    {
        var file = await Next(() => _api.UserSays(BotHost.AdminChat, "/export", "Admin"), BotHost.AdminChat);
        Assert.Equal("senddocument", file.Method);
        // Shown by the turn while it builds the file, and by the channel while it uploads it.
        await Eventually.True(
            () =>
                _api.CallsOf("sendchataction")
                    .Any(c => c.ChatId == BotHost.AdminChat && c.Body["action"]?.ToString() == "upload_document"),
            TimeSpan.FromSeconds(10),
            "\"sending a file…\" shown to the admin"
        );
    }

    [Fact]
    public async Task The_project_overview_shows_sending_a_photo_while_its_chart_is_drawn()
    {
        var before = _api.Calls.Count;
        var overview = await Next(() => _api.UserSays(BotHost.AdminChat, "/project", "Admin"), BotHost.AdminChat);
        Assert.Equal("sendmessage", overview.Method);
        // Shown by the turn while it reads the register and draws the chart, before the first text arrives (the
        // channel's own "sending a photo" only comes with the chart, after the texts).
        var calls = _api
            .Calls.Skip(before)
            .Where(c => c.Body["chat_id"]?.ToString() == $"{BotHost.AdminChat}")
            .ToList();
        var shown = calls.FindIndex(c => c.Method == "sendchataction");
        var text = calls.FindIndex(c => c.Method == "sendmessage");
        Assert.True(shown >= 0 && shown < text, "no chat action before the overview's first message");
        Assert.Equal("upload_photo", calls[shown].Body["action"]?.ToString());
    }

    [Fact]
    public async Task Each_role_gets_its_own_command_list_at_registration_and_again_when_the_role_changes()
    {
        List<string> CommandsOf(long chat, int nth) =>
            [
                .. _api.CallsOf("setmycommands")
                    .Where(c =>
                        c.Body["scope"]?["chat_id"]?.ToString()
                        == chat.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    )
                    .ElementAt(nth)
                    .Body["commands"]!
                    .AsArray()
                    .Select(c => c!["command"]!.ToString()),
            ];
        await Eventually.True(
            () => _api.CallsTo("setchatmenubutton") > 0,
            TimeSpan.FromSeconds(10),
            "the menu button set to the commands"
        );
        await Eventually.True(
            () => _api.CallsOf("setmycommands").Count >= 2,
            TimeSpan.FromSeconds(10),
            "the member's own list"
        );
        var member = CommandsOf(Chua, 0);
        Assert.Contains("sale", member);
        Assert.Contains("back", member);
        Assert.DoesNotContain("export", member);
        Assert.DoesNotContain("role", member);

        var id = _host.Stores.Members.FindByAddress(new("telegram", "2002"))!.Id;
        await Next(() => _api.UserSays(BotHost.AdminChat, $"/role #{id} officer pha mu", "Admin"), BotHost.AdminChat);
        await Eventually.True(
            () => _api.CallsOf("setmycommands").Count >= 3,
            TimeSpan.FromSeconds(10),
            "the officer's list"
        );
        var officer = CommandsOf(Chua, 1);
        Assert.Contains("export", officer);
        Assert.Contains("digest", officer);
        Assert.DoesNotContain("sale", officer);
        Assert.DoesNotContain("role", officer);
    }

    [Fact]
    public async Task Turning_a_long_lists_page_edits_the_same_message()
    {
        _host.Stores.Writer.Write(() =>
        {
            for (var i = 0; i < 12; i++)
                _host.Stores.Members.Save(
                    new Member
                    {
                        Name = $"Thành viên {i:00}",
                        Role = Role.Member,
                        VillageId = "pa-khom",
                        CommuneId = "pha-mu",
                        Addresses = [$"telegram:{7000 + i}"],
                    }
                );
        });
        var first = await Next(() => _api.UserSays(BotHost.AdminChat, "/members", "Admin"), BotHost.AdminChat);
        Assert.Contains("trang 1/2", first.Text);
        var id = _api.ChatView(BotHost.AdminChat).Last().Id;
        var sent = _api.Sent(BotHost.AdminChat).Count;

        _api.UserPresses(BotHost.AdminChat, Data(first, "Sau"), "Admin", id);
        await Eventually.True(
            () => _api.ChatView(BotHost.AdminChat).Single(m => m.Id == id).Text.Contains("trang 2/2"),
            TimeSpan.FromSeconds(10),
            "page 2 in the same message"
        );
        var page = _api.ChatView(BotHost.AdminChat).Single(m => m.Id == id);
        Assert.Equal([T.PreviousPage], page.Keyboard);
        // A marker: its answer is the next message, so nothing was sent for the page.
        var marker = await Next(() => _api.UserSays(BotHost.AdminChat, "/help", "Admin"), BotHost.AdminChat);
        Assert.Equal(sent, _api.Sent(BotHost.AdminChat).IndexOf(marker));
    }
}
