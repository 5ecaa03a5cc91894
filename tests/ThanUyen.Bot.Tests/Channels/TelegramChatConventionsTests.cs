using System.Text.Json.Nodes;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>
/// Issue 19 through the real Telegram.Bot client and the fake Bot API: answered questions lose their buttons and
/// show the answer, stale presses get a toast, the bot shows it is working, each role has its own "/" list, and a
/// long list turns its pages in one message.
/// </summary>
public sealed class TelegramChatConventionsTests : IAsyncLifetime
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
        await _api.WaitForSent(BotHost.AdminChat, 2); // "Giàng A Chua joined"
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    private async Task<ApiCall> Next(Action act, long chat = Chua)
    {
        var before = _api.Sent(chat).Count;
        act();
        return (await _api.WaitForSent(chat, before + 1))[before];
    }

    private static string Data(ApiCall message, string label)
    {
        var rows = JsonNode.Parse(message.Markup)!["inline_keyboard"]!.AsArray();
        return rows.SelectMany(r => r!.AsArray())
            .First(b => b!["text"]!.ToString().Contains(label, StringComparison.Ordinal))!["callback_data"]!.ToString();
    }

    private ChatMessageView Shown(string startsWith, long chat = Chua) =>
        _api.ChatView(chat).Last(m => m.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public async Task Scrolling_back_through_a_finished_sale_shows_each_answer_and_no_live_buttons()
    {
        var q = await Next(() => _api.UserPresses(Chua, "m:sale"));
        q = await Next(() => _api.UserPresses(Chua, Data(q, "Bò")));
        q = await Next(() => _api.UserSays(Chua, "3 con"));
        q = await Next(() => _api.UserSays(Chua, "tong")); // typed: the question still shows the answer
        q = await Next(() => _api.UserSays(Chua, "36 triệu"));
        q = await Next(() => _api.UserPresses(Chua, Data(q, "Thương lái")));
        q = await Next(() => _api.UserSays(Chua, "2")); // "2" is the second date button: yesterday
        var confirm = await Next(() => _api.UserPresses(Chua, Data(q, "Bỏ qua")));
        var saved = await Next(() => _api.UserPresses(Chua, Data(confirm, "Lưu")));
        Assert.Contains("BC-0001", saved.Text);

        await Until.True(
            () => _api.ChatView(Chua).Count(m => m.Keyboard.Count > 0) == 1,
            () => string.Join(" | ", _api.ChatView(Chua).Select(m => $"{m.Text} [{string.Join(",", m.Keyboard)}]"))
        );
        Assert.Equal("🛒 Bán gì? → 🐄 Bò", Shown("🛒 Bán gì?").Text);
        Assert.EndsWith("→ 💰 Tổng số tiền", Shown("💰 Bạn biết giá").Text);
        Assert.Equal("🤝 Bán cho ai? → 🚚 Thương lái", Shown("🤝 Bán cho ai?").Text);
        Assert.Equal("📅 Bán ngày nào? → 📅 Hôm qua", Shown("📅 Bán ngày nào?").Text);
        Assert.EndsWith("→ ✅ Lưu", Shown("🛒 Bán hàng\n").Text);
        // Typed answers to questions without buttons leave them as they were.
        Assert.Equal(0, Shown("⚖️ Bán bao nhiêu?").Edits);
        // The one keyboard left is the welcome's menu, which is not a question.
        Assert.Contains("Chào mừng", _api.ChatView(Chua).Single(m => m.Keyboard.Count > 0).Text);
    }

    [Fact]
    public async Task An_edit_Telegram_refuses_or_fails_is_dropped_and_never_holds_back_the_next_question()
    {
        var faults = 0;
        _api.Fault = (method, _) =>
            method.StartsWith("edit", StringComparison.Ordinal)
                ? (
                    Interlocked.Increment(ref faults) % 2 == 0
                        ? Fault.ServerError
                        : new Fault(400, "Bad Request: message to edit not found")
                )
                : null;
        var q = await Next(() => _api.UserPresses(Chua, "m:sale"));
        q = await Next(() => _api.UserPresses(Chua, Data(q, "Bò")));
        q = await Next(() => _api.UserSays(Chua, "3 con"));
        q = await Next(() => _api.UserPresses(Chua, Data(q, "Tổng")));
        Assert.StartsWith("💰 Tổng cộng", q.Text);
        List<Core.Chat.OutgoingMessage> Edits() =>
            [
                .. _host
                    .Db.Outbox.FindAll()
                    .Where(m => m.Kind == Core.Chat.OutgoingKind.Edit && m.Chat == "telegram:2002"),
            ];
        // Each tried once (no retry holds the chat) and set aside as skipped.
        await Until.True(
            () => Edits().Count >= 2 && Edits().All(e => e.Status == Core.Chat.OutboxStatus.Skipped),
            () => string.Join(", ", Edits().Select(e => $"{e.Status} {e.LastError}"))
        );
        Assert.All(Edits(), e => Assert.Equal(0, e.Attempts));
        Assert.True(faults >= 2);
    }

    [Fact]
    public async Task A_question_older_than_Telegrams_edit_window_is_left_as_it_was()
    {
        var q = await Next(() => _api.UserPresses(Chua, "m:sale"));
        var question = _host.Db.Outbox.FindAll().Last(m => m.Chat == "telegram:2002" && m.Text == q.Text);
        await Until.True(
            () => _host.Db.Outbox.FindById(question.Id).Status == Core.Chat.OutboxStatus.Sent,
            () => "the question recorded as sent"
        );
        _host.Stores.Writer.Write(() =>
        {
            var sent = _host.Stores.Outbox.Find(question.Id)!;
            sent.SentAt = DateTime.UtcNow.AddHours(-49);
            _host.Stores.Outbox.Update(sent);
        });
        await Next(() => _api.UserPresses(Chua, Data(q, "Bò")));
        var edit = _host.Db.Outbox.FindAll().Single(m => m.EditOf == question.Id);
        await Until.True(
            () => _host.Db.Outbox.FindById(edit.Id).Status == Core.Chat.OutboxStatus.Skipped,
            () => "the edit skipped"
        );
        Assert.Equal(0, _api.CallsTo("editmessagetext"));
    }

    [Fact]
    public async Task A_stale_press_gets_a_toast_and_no_new_message()
    {
        var product = await Next(() => _api.UserPresses(Chua, "m:sale"));
        var bo = Data(product, "Bò");
        await Next(() => _api.UserPresses(Chua, bo));
        var sent = _api.Sent(Chua).Count;

        _api.UserPresses(Chua, bo); // the product question was answered: its button is stale
        await Until.True(
            () => _api.CallsOf("answercallbackquery").Any(c => c.Body["text"]?.ToString() == T.OldButtonToast),
            () => "a toast for the stale press"
        );
        // Nothing else was sent for it: the next message is the answer to the next thing said.
        var next = await Next(() => _api.UserSays(Chua, "3 con"));
        Assert.Equal(sent, _api.Sent(Chua).IndexOf(next));
        Assert.StartsWith("💰 Bạn biết giá mỗi con", next.Text);
    }

    [Fact]
    public async Task Chat_actions_are_sent_while_an_export_is_built_and_uploaded()
    {
        var file = await Next(() => _api.UserSays(BotHost.AdminChat, "/export", "Admin"), BotHost.AdminChat);
        Assert.Equal("senddocument", file.Method);
        // Shown by the turn while it builds the file, and by the channel while it uploads it.
        await Until.True(
            () =>
                _api.CallsOf("sendchataction")
                    .Any(c => c.ChatId == BotHost.AdminChat && c.Body["action"]?.ToString() == "upload_document"),
            () => "\"sending a file…\" shown to the admin"
        );
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
        await Until.True(() => _api.CallsTo("setchatmenubutton") > 0, () => "the menu button set to the commands");
        await Until.True(() => _api.CallsOf("setmycommands").Count >= 2, () => "the member's own list");
        var member = CommandsOf(Chua, 0);
        Assert.Contains("sale", member);
        Assert.Contains("back", member);
        Assert.DoesNotContain("export", member);
        Assert.DoesNotContain("role", member);

        var id = _host.Stores.Members.FindByAddress(new("telegram", "2002"))!.Id;
        await Next(() => _api.UserSays(BotHost.AdminChat, $"/role #{id} officer pha mu", "Admin"), BotHost.AdminChat);
        await Until.True(() => _api.CallsOf("setmycommands").Count >= 3, () => "the officer's list");
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
        await Until.True(
            () => _api.ChatView(BotHost.AdminChat).Single(m => m.Id == id).Text.Contains("trang 2/2"),
            () => "page 2 in the same message"
        );
        var page = _api.ChatView(BotHost.AdminChat).Single(m => m.Id == id);
        Assert.Equal([T.PreviousPage], page.Keyboard);
        // A marker: its answer is the next message, so nothing was sent for the page.
        var marker = await Next(() => _api.UserSays(BotHost.AdminChat, "/help", "Admin"), BotHost.AdminChat);
        Assert.Equal(sent, _api.Sent(BotHost.AdminChat).IndexOf(marker));
    }
}
