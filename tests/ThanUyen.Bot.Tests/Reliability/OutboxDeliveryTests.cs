using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reliability;

/// <summary>The outbox against a Bot API that pushes back: 429, 500, 403, per-chat pacing, order.</summary>
public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private const long Chat = 4242;
    private readonly TempFolder _folder = new();
    private FakeBotApiServer _api = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync() => _api = await FakeBotApiServer.StartAsync();

    private async Task Start(Dictionary<string, string?>? settings = null) =>
        _host = await BotHost.StartAsync(_api, _folder.File("bot.db"), settings);

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    private List<ApiCall> AttemptsTo(long chat) =>
        _api.Calls.Where(c => c.Method == "sendmessage" && c.ChatId == chat).ToList();

    [Fact]
    public async Task A_429_with_retry_after_is_honoured_the_next_attempt_is_not_earlier()
    {
        var faults = 0;
        _api.Fault = (method, body) =>
            method == "sendmessage" && Interlocked.Increment(ref faults) == 1 ? Fault.TooManyRequests(2) : null;
        await Start();
        _host.Queue(Chat, ["xin chào"]);
        await _api.WaitForSent(Chat, 1, seconds: 15);
        var attempts = AttemptsTo(Chat);
        Assert.Equal([429, 200], attempts.Select(a => a.Status));
        Assert.True(
            attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(1.95),
            $"retried after {(attempts[1].At - attempts[0].At).TotalSeconds}s"
        );
    }

    [Fact]
    public async Task Server_errors_are_retried_with_back_off_until_they_succeed()
    {
        var faults = 0;
        _api.Fault = (method, _) =>
            method == "sendmessage" && Interlocked.Increment(ref faults) <= 3 ? Fault.ServerError : null;
        await Start();
        _host.Queue(Chat, ["một"]);
        await _api.WaitForSent(Chat, 1, seconds: 15);
        // The service records the send after Telegram's answer reaches it: a moment after the fake saw it.
        await _api.WaitUntil(() => _host.Db.Outbox.FindAll().Single().Status != OutboxStatus.Pending, "settled");
        Assert.Equal([500, 500, 500, 200], AttemptsTo(Chat).Select(a => a.Status));
        Assert.Equal(OutboxStatus.Sent, _host.Db.Outbox.FindAll().Single().Status);
    }

    [Fact]
    public async Task A_person_who_blocked_the_bot_is_marked_unreachable_and_not_retried()
    {
        _api.Fault = (method, body) =>
            method == "sendmessage" && body["chat_id"]?.ToString() == "2001" ? Fault.Blocked : null;
        await Start();
        _api.UserSays(BotHost.AdminChat, "/invite member hang", "Admin");
        var code = (await _api.WaitForSent(BotHost.AdminChat, 1))[0]
            .Text.Split('\n')
            .Select(l => l.Trim())
            .First(InvitationCodes.LooksLikeCode);
        _api.UserSays(2001, $"/start {code}", "Lò Thị Lan");
        await _api.WaitUntil(
            () => _host.Stores.Members.FindByAddress(new ChatAddress("telegram", "2001"))?.Unreachable ?? false,
            "Lan, who blocked the bot, to be marked unreachable"
        );
        _host.Queue(2001, ["sau khi chặn"]);
        // Done once the sender has settled it (sent, failed or unreachable); an attempt would come first.
        await _api.WaitUntil(
            () => _host.Db.Outbox.FindOne(m => m.Text == "sau khi chặn").Status != OutboxStatus.Pending,
            "the message queued after the block to be settled"
        );

        Assert.True(_host.Stores.Members.FindByAddress(new ChatAddress("telegram", "2001"))!.Unreachable);
        Assert.Single(AttemptsTo(2001));
        Assert.All(
            _host.Db.Outbox.Find(m => m.Chat == "telegram:2001").ToList(),
            m => Assert.Equal(OutboxStatus.Unreachable, m.Status)
        );
    }

    [Fact]
    public async Task Order_within_a_chat_holds_through_random_failures()
    {
        var random = new Random(7);
        _api.Fault = (method, _) =>
            method == "sendmessage" && random.Next(100) < 30
                ? (random.Next(2) == 0 ? Fault.ServerError : Fault.TooManyRequests(1))
                : null;
        await Start();
        var texts = Enumerable.Range(1, 15).Select(i => $"tin {i}").ToList();
        _host.Queue(Chat, texts);
        _host.Queue(Chat + 1, texts);
        var first = await _api.WaitForSent(Chat, 15, seconds: 60);
        var second = await _api.WaitForSent(Chat + 1, 15, seconds: 60);
        Assert.Equal(texts, first.Select(s => s.Text));
        Assert.Equal(texts, second.Select(s => s.Text));
    }

    [Fact]
    public async Task One_chat_gets_about_one_message_a_second_after_a_small_burst()
    {
        await Start(new() { ["Outbox:TelegramPerChatPerSecond"] = "1", ["Outbox:TelegramPerChatBurst"] = "3" });
        _host.Queue(Chat, Enumerable.Range(1, 6).Select(i => $"tin {i}"));
        var sent = await _api.WaitForSent(Chat, 6, seconds: 15);
        var span = sent[5].At - sent[0].At;
        // 3 at once, then one a second (upper bound loose for busy CI machines).
        Assert.InRange(span.TotalSeconds, 2.8, 12);
    }

    [Fact]
    public async Task Replies_go_ahead_of_a_queued_broadcast()
    {
        await Start(new() { ["Outbox:Concurrency"] = "1" });
        _host.Queue(5001, Enumerable.Range(1, 30).Select(i => $"broadcast {i}"));
        for (var c = 5002; c < 5030; c++)
            _host.Queue(c, ["broadcast"]);
        _api.UserSays(Chat, "xin chao");
        var reply = (await _api.WaitForSent(Chat, 1, seconds: 20))[0];
        var broadcastsBefore = _api.Calls.Count(c => c.Method == "sendmessage" && c.At < reply.At && c.ChatId != Chat);
        Assert.True(broadcastsBefore < 45, $"{broadcastsBefore} broadcast messages went before the reply");
    }

    [Fact]
    public void Text_longer_than_4096_characters_is_split_on_line_boundaries()
    {
        var lines = Enumerable.Range(1, 400).Select(i => $"dòng số {i}: " + new string('x', 20)).ToList();
        var parts = ChannelDirectory.Split(string.Join('\n', lines), 4096);
        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 4096));
        Assert.Equal(lines, parts.SelectMany(p => p.Split('\n')));
    }
}
