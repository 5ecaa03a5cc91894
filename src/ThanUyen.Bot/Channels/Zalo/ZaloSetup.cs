using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Channels.Zalo;

public static class ZaloSetup
{
    public static IServiceCollection AddZalo(this IServiceCollection services, IConfiguration configuration)
    {
        services
            .AddOptions<ZaloOptions>()
            .Bind(configuration.GetSection(ZaloOptions.Section))
            .Validate(
                o =>
                    !o.Enabled
                    || System.Text.RegularExpressions.Regex.IsMatch(o.BotToken!.Trim(), @"^\d+:[A-Za-z0-9_-]+$"),
                "Zalo:BotToken does not look like a Zalo bot token (digits, ':', then letters)."
            )
            .Validate(
                o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out _),
                "Zalo:ApiBaseUrl must be an absolute URL."
            )
            .Validate(
                o => o.Mode != ChannelMode.Webhook || Uri.TryCreate(o.WebhookUrl, UriKind.Absolute, out _),
                "Zalo:WebhookUrl must be the public URL of /webhooks/zalo when Zalo:Mode is Webhook."
            )
            .Validate(
                o => o.Mode != ChannelMode.Webhook || (o.WebhookSecret?.Length ?? 0) is >= 8 and <= 256,
                "Zalo:WebhookSecret must be 8–256 characters when Zalo:Mode is Webhook."
            )
            .ValidateOnStart();
        services.AddSingleton(sp => Capabilities(sp.GetRequiredService<IOptions<Workers.OutboxOptions>>().Value));
        var options = configuration.GetSection(ZaloOptions.Section).Get<ZaloOptions>() ?? new ZaloOptions();
        if (!options.Enabled)
            return services;
        // Its own HttpClient, not IHttpClientFactory (whose logs print URLs, and the token is in the path).
        services.AddSingleton(sp => new ZaloClient(
            new HttpClient { Timeout = TimeSpan.FromSeconds(options.PollTimeoutSeconds + 30) },
            sp.GetRequiredService<IOptions<ZaloOptions>>().Value
        ));
        services.AddSingleton(sp => new ZaloInbound(
            sp.GetRequiredService<InboxStore>(),
            sp.GetRequiredService<Web.MediaStore>(),
            ZaloInbound.CreateDownloadClient(),
            sp.GetRequiredService<IOptions<ZaloOptions>>(),
            sp.GetRequiredService<IOptions<Core.Media.MediaOptions>>(),
            sp.GetRequiredService<ChannelHealth>(),
            sp.GetRequiredService<ILogger<ZaloInbound>>()
        ));
        services.AddSingleton<IChatChannel, ZaloChannel>();
        if (options.Mode == ChannelMode.Webhook)
            services.AddHostedService<ZaloWebhook>();
        else
            services.AddHostedService<ZaloPollingPump>();
        return services;
    }

    /// <summary>Zalo's limits (ZALO.md): plain text of 2000 characters, numbered choices, photos only by URL.</summary>
    private static ChannelCapabilities Capabilities(Workers.OutboxOptions o) =>
        new("zalo")
        {
            MaxText = ZaloChannel.MaxText,
            MaxCaption = ZaloChannel.MaxText,
            ChatActions = true,
            PerSecond = o.ZaloPerSecond,
            PerChatPerSecond = o.ZaloPerChatPerSecond,
            PerChatBurst = 3,
        };
}
