namespace ThanUyen.Bot.Channels.Zalo;

/// <summary>The "Zalo" section: the Zalo Bot Platform (Telegram-like, fixed token).</summary>
public sealed class ZaloOptions
{
    public const string Section = "Zalo";

    /// <summary>"&lt;digits&gt;:&lt;secret&gt;" from the Zalo Bot Platform. Empty: Zalo is off. Never logged.</summary>
    public string? BotToken { get; set; }
    public string ApiBaseUrl { get; set; } = "https://bot-api.zaloplatforms.com";
    public ChannelMode Mode { get; set; } = ChannelMode.Polling;

    /// <summary>Public HTTPS URL of /webhooks/zalo (Webhook mode).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>8–256 characters; Zalo sends it back in X-Bot-Api-Secret-Token. Never logged.</summary>
    public string? WebhookSecret { get; set; }
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>Photos people send are downloaded at once (Zalo's links expire), up to this size.</summary>
    public int MaxPhotoBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// Where photos may be downloaded from (see <see cref="MediaHostAllowlist"/>); empty: Zalo's CDN hosts below.
    /// </summary>
    public string[]? MediaHosts { get; set; }

    /// <summary>
    /// Zalo does not document its photo hosts; these are the domains its CDN is seen on. A refused host is
    /// logged (host only) so an operator can add it.
    /// </summary>
    public static readonly string[] DefaultMediaHosts = ["*.zdn.vn", "*.zadn.vn", "*.zalo.me", "*.zaloapp.com"];

    public string[] EffectiveMediaHosts => MediaHosts is { Length: > 0 } hosts ? hosts : DefaultMediaHosts;

    /// <summary>A whole photo download (headers and body) must finish within this many seconds.</summary>
    public int PhotoDownloadSeconds { get; set; } = 20;

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);
}
