namespace ThanUyen.Bot.Channels.Telegram;

/// <summary>What the bot learns about itself from Telegram at start: its username, for invitation deep links.</summary>
public sealed class TelegramIdentity
{
    public const string MetaKey = "telegram-username";

    public string? Username { get; set; }

    /// <summary>"https://t.me/ThanUyenBot?start=K7M2QX9P" (≤ 64 characters of A–Z a–z 0–9 _ - after start=).</summary>
    public static string? Link(string? username, string code) =>
        username is { Length: > 0 } u ? $"https://t.me/{u}?start={code}" : null;
}
