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
    SecretScrubber scrubber,
    ILogger<TelegramWebhookRegistration> log
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var me = await bot.GetMe(stoppingToken);
                identity.Username = me.Username;
                if (me.Username is { Length: > 0 } username)
                    await stores.Writer.WriteAsync(() => stores.Meta.Set(TelegramIdentity.MetaKey, username));
                await bot.SetWebhook(
                    options.Value.WebhookUrl!,
                    secretToken: options.Value.WebhookSecret,
                    allowedUpdates: [UpdateType.Message, UpdateType.CallbackQuery],
                    cancellationToken: stoppingToken
                );
                await bot.SetMyCommands(commands.Build(), cancellationToken: stoppingToken);
                log.LogInformation("Telegram webhook registered for @{Username}", me.Username);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(
                    "Telegram setWebhook failed ({Error}); attempt {Attempt}",
                    scrubber.Describe(e),
                    attempt
                );
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, attempt * 2)), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
