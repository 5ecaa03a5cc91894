namespace ThanUyen.Bot.Channels.Telegram;

public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>From @BotFather. Empty: Telegram is off. Never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>Another Bot API server (self-hosted telegram-bot-api, or a local fake in tests). Empty: Telegram's own.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>Long-poll timeout for getUpdates, seconds.</summary>
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>A send that takes longer than this is abandoned and retried.</summary>
    public int SendTimeoutSeconds { get; set; } = 20;

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);
}
