namespace ThanUyen.Bot.Workers;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Attempts on 5xx/timeouts before a message is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>
    /// First back-off; doubles each attempt (with jitter), capped by <see cref="MaxBackoffSeconds"/>.
    /// </summary>
    public double BaseBackoffSeconds { get; set; } = 1;
    public double MaxBackoffSeconds { get; set; } = 300;

    /// <summary>Sends in flight at once across different chats.</summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>Telegram: ~30 messages/s overall.</summary>
    public double TelegramPerSecond { get; set; } = 30;

    /// <summary>
    /// Extra milliseconds added to the overall cap's one-second window, for a platform stricter than Telegram.
    /// </summary>
    public int WindowMarginMs { get; set; }

    /// <summary>Telegram: about 1 message/s to one chat, with a small burst.</summary>
    public double TelegramPerChatPerSecond { get; set; } = 1;
    public int TelegramPerChatBurst { get; set; } = 3;

    /// <summary>Telegram: 20 messages a minute to one group.</summary>
    public int TelegramGroupPerMinute { get; set; } = 20;
    public double ZaloPerSecond { get; set; } = 10;
    public double ZaloPerChatPerSecond { get; set; } = 1;
}
