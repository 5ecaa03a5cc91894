using System.Text.Json.Nodes;
using ThanUyen.Bot.Core.Community;

namespace ThanUyen.Bot.Tests.Infra;

/// <summary>
/// The real service on the fake Bot API with one registered member (Giàng A Chua, bản Pá Khôm, chat 2002) and
/// the admin (chat 1000), for tests that follow a chat through Telegram.
/// </summary>
public sealed class TelegramChat : IAsyncDisposable
{
    public const long Chua = 2002;
    private readonly TempFolder _folder = new();
    public FakeBotApiServer Api { get; private set; } = null!;
    public BotHost Host { get; private set; } = null!;

    public static async Task<TelegramChat> StartAsync()
    {
        var chat = new TelegramChat();
        chat.Api = await FakeBotApiServer.StartAsync();
        chat.Host = await BotHost.StartAsync(chat.Api, chat._folder.File("bot.db"));
        chat.Api.UserSays(BotHost.AdminChat, "/invite member pa khom", "Admin");
        var code = (await chat.Api.WaitForSent(BotHost.AdminChat, 1))[0]
            .Text.Split('\n')
            .Select(l => l.Trim())
            .First(InvitationCodes.LooksLikeCode);
        chat.Api.UserSays(Chua, $"/start {code}", "Giàng A Chua");
        await chat.Api.WaitForSent(Chua, 1);
        await chat.Api.WaitForSent(BotHost.AdminChat, 2); // "Giàng A Chua joined"
        return chat;
    }

    /// <summary>Does something and returns the next message the chat receives.</summary>
    public async Task<ApiCall> Next(Action act, long chat = Chua)
    {
        var before = Api.Sent(chat).Count;
        act();
        return (await Api.WaitForSent(chat, before + 1))[before];
    }

    /// <summary>The callback data of the button whose label contains <paramref name="label"/>.</summary>
    public static string Data(ApiCall message, string label)
    {
        var rows = JsonNode.Parse(message.Markup)!["inline_keyboard"]!.AsArray();
        return rows.SelectMany(r => r!.AsArray())
            .First(b => b!["text"]!.ToString().Contains(label, StringComparison.Ordinal))!["callback_data"]!.ToString();
    }

    /// <summary>The latest message of the chat that starts so, as it reads now.</summary>
    public ChatMessageView Shown(string startsWith, long chat = Chua) =>
        Api.ChatView(chat).Last(m => m.Text.StartsWith(startsWith, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Api.DisposeAsync();
        _folder.Dispose();
    }
}
