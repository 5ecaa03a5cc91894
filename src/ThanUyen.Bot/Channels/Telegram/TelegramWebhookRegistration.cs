using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;
using ThanUyen.Bot.Core;

namespace ThanUyen.Bot.Channels.Telegram;

/// <summary>
/// Webhook mode: at start tell Telegram where to post (with the secret token) and which updates we need.
/// </summary>
public sealed class TelegramWebhookRegistration(
    TelegramBotClient bot,
    TelegramCommandList commands,
    TelegramIdentity identity,
    Core.Storage.Stores stores,
    IOptions<TelegramOptions> options,
    PlatformRetry retry,
    ILogger<TelegramWebhookRegistration> log
) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        retry.RunAsync(
            PlatformRetry.Setup,
            "Telegram setWebhook",
            async ct =>
            {
                var me = await bot.GetMe(ct);
                identity.Username = me.Username;
                if (me.Username is { Length: > 0 } username)
                    await stores.Writer.WriteAsync(() => stores.Meta.Set(TelegramIdentity.MetaKey, username));
                await bot.SetWebhook(
                    options.Value.WebhookUrl!,
                    secretToken: options.Value.WebhookSecret,
                    allowedUpdates: [UpdateType.Message, UpdateType.CallbackQuery],
                    cancellationToken: ct
                );
                await bot.SetMyCommands(commands.Build(), cancellationToken: ct);
                await bot.SetChatMenuButton(
                    menuButton: new global::Telegram.Bot.Types.MenuButtonCommands(),
                    cancellationToken: ct
                );
                log.LogInformation("Telegram webhook registered for @{Username}", me.Username);
            },
            stoppingToken
        );
}
