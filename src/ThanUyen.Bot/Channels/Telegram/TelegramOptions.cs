using ThanUyen.Bot.Channels;

namespace ThanUyen.Bot.Channels.Telegram;

public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>From @BotFather. Empty: Telegram is off. Never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>
    /// Another Bot API server (self-hosted telegram-bot-api, or a local fake in tests). Empty: Telegram's own.
    /// </summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>Long-poll timeout for getUpdates, seconds.</summary>
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>A send that takes longer than this is abandoned and retried.</summary>
    public int SendTimeoutSeconds { get; set; } = 20;

    /// <summary>Polling (default) or Webhook.</summary>
    public ChannelMode Mode { get; set; } = ChannelMode.Polling;

    /// <summary>Public HTTPS URL Telegram posts to, ending in /webhooks/telegram (behind a reverse proxy).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token (1–256 of A–Z a–z 0–9 _ -). Never logged.
    /// </summary>
    public string? WebhookSecret { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);
}
