using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;
using static ThanUyen.Bot.Tests.Infra.TelegramChat;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>
/// Issue 19 through the real Telegram.Bot client and the fake Bot API: answered questions lose their buttons and
/// show the answer, edits that cannot be made are dropped quietly, stale presses get a toast.
/// </summary>
public sealed class TelegramChatConventionsTests : IAsyncLifetime
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

    private ChatMessageView Shown(string startsWith, long chat = Chua) => _chat.Shown(startsWith, chat);

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

        await Eventually.True(
            () => _api.ChatView(Chua).Count(m => m.Keyboard.Count > 0) == 1,
            TimeSpan.FromSeconds(10),
            "buttons on one message only",
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
        await Eventually.True(
            () => Edits().Count >= 2 && Edits().All(e => e.Status == Core.Chat.OutboxStatus.Skipped),
            TimeSpan.FromSeconds(10),
            "both edits skipped",
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
        await Eventually.True(
            () => _host.Db.Outbox.FindById(question.Id).Status == Core.Chat.OutboxStatus.Sent,
            TimeSpan.FromSeconds(10),
            "the question recorded as sent"
        );
        _host.Stores.Writer.Write(() =>
        {
            var sent = _host.Stores.Outbox.Find(question.Id)!;
            sent.SentAt = DateTime.UtcNow.AddHours(-49);
            _host.Stores.Outbox.Update(sent);
        });
        await Next(() => _api.UserPresses(Chua, Data(q, "Bò")));
        var edit = _host.Db.Outbox.FindAll().Single(m => m.EditOf == question.Id);
        await Eventually.True(
            () => _host.Db.Outbox.FindById(edit.Id).Status == Core.Chat.OutboxStatus.Skipped,
            TimeSpan.FromSeconds(10),
            "the edit skipped"
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
        await Eventually.True(
            () => _api.CallsOf("answercallbackquery").Any(c => c.Body["text"]?.ToString() == T.OldButtonToast),
            TimeSpan.FromSeconds(10),
            "a toast for the stale press"
        );
        // Nothing else was sent for it: the next message is the answer to the next thing said.
        var next = await Next(() => _api.UserSays(Chua, "3 con"));
        Assert.Equal(sent, _api.Sent(Chua).IndexOf(next));
        Assert.StartsWith("💰 Bạn biết giá mỗi con", next.Text);
    }
}
