using Microsoft.Extensions.Options;
using ThanUyen.Bot.Channels;
using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Channels.Telegram;

public static class TelegramSetup
{
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        services
            .AddOptions<TelegramOptions>()
            .Bind(configuration.GetSection(TelegramOptions.Section))
            .Validate(
                o => !o.Enabled || TelegramClientFactory.LooksLikeToken(o.BotToken!),
                "Telegram:BotToken does not look like a bot token from @BotFather (digits, ':', then letters)."
            )
            .Validate(
                o => string.IsNullOrWhiteSpace(o.ApiBaseUrl) || Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out _),
                "Telegram:ApiBaseUrl must be an absolute URL such as http://127.0.0.1:8081."
            )
            .Validate(
                o => o.PollTimeoutSeconds is >= 0 and <= 50,
                "Telegram:PollTimeoutSeconds must be between 0 and 50."
            )
            .Validate(
                o => o.Mode != ChannelMode.Webhook || Uri.TryCreate(o.WebhookUrl, UriKind.Absolute, out _),
                "Telegram:WebhookUrl must be the public URL of /webhooks/telegram when Telegram:Mode is Webhook."
            )
            .Validate(
                o =>
                    o.Mode != ChannelMode.Webhook
                    || System.Text.RegularExpressions.Regex.IsMatch(o.WebhookSecret ?? "", "^[A-Za-z0-9_-]{16,256}$"),
                "Telegram:WebhookSecret must be 16–256 characters of A–Z a–z 0–9 _ - when Telegram:Mode is Webhook."
            )
            .ValidateOnStart();
        services.AddSingleton<TelegramIdentity>();
        services.AddSingleton(sp =>
            Capabilities(
                sp.GetRequiredService<IOptions<Workers.OutboxOptions>>().Value,
                sp.GetRequiredService<TelegramIdentity>()
            )
        );
        var options = configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        if (!options.Enabled)
            return services;
        services.AddSingleton(sp =>
            TelegramClientFactory.Create(sp.GetRequiredService<IOptions<TelegramOptions>>().Value)
        );
        services.AddSingleton<TelegramCommandList>();
        services.AddSingleton<TelegramFiles>();
        services.AddSingleton<TelegramMedia>();
        services.AddSingleton<IChatChannel, TelegramChannel>();
        services.AddHostedService<TelegramMediaFetcher>();
        if (options.Mode == ChannelMode.Webhook)
            services.AddHostedService<TelegramWebhookRegistration>();
        else
            services.AddHostedService<TelegramUpdatePump>();
        return services;
    }

    /// <summary>
    /// Telegram's limits (TELEGRAM.md): 4096/1024 characters, buttons, edits, files, ~30/s, ~1/s per chat.
    /// </summary>
    private static ChannelCapabilities Capabilities(Workers.OutboxOptions o, TelegramIdentity identity) =>
        new("telegram")
        {
            MaxText = 4096,
            MaxCaption = 1024,
            Buttons = true,
            Edits = true,
            Files = true,
            // Bot API upload limit for documents (https://core.telegram.org/bots/api#sending-files).
            MaxUpload = 50L * 1024 * 1024,
            PhotoUploads = true,
            Audio = true,
            ChatActions = true,
            CommandLists = true,
            PerSecond = o.TelegramPerSecond,
            PerChatPerSecond = o.TelegramPerChatPerSecond,
            PerChatBurst = Math.Max(1, o.TelegramPerChatBurst),
            GroupPerMinute = o.TelegramGroupPerMinute,
            IsGroup = id => id.StartsWith('-'),
            InvitationLink = code => TelegramIdentity.Link(identity.Username, code),
        };
}
