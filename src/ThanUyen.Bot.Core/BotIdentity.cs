namespace ThanUyen.Bot.Core;

/// <summary>
/// Facts learnt from the platforms at start (the Telegram bot's username, for invitation deep links).
/// </summary>
public sealed class BotIdentity
{
    public string? TelegramUsername { get; set; }

    /// <summary>"https://t.me/ThanUyenBot?start=K7M2QX9P", or null when Telegram is not configured.</summary>
    public string? InvitationLink(string code) =>
        TelegramUsername is { Length: > 0 } u ? $"https://t.me/{u}?start={code}" : null;
}
