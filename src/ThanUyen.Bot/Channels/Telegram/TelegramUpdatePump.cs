using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;
using ThanUyen.Bot.Channels;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Channels.Telegram;

/// <summary>
/// Long polling. The offset moves past an update only after its effects are committed, so a crash
/// re-delivers it, and the engine's processed-id record makes the repeat a no-op.
/// </summary>
public sealed class TelegramUpdatePump(
    TelegramBotClient bot,
    InboxProcessor inbox,
    TelegramFiles files,
    Core.Storage.Stores stores,
    TelegramCommandList commands,
    TelegramIdentity identity,
    ChannelHealth health,
    IOptions<TelegramOptions> options,
    SecretScrubber scrubber,
    PlatformRetry retry,
    ILogger<TelegramUpdatePump> log
) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (
            !await retry.RunAsync(
                PlatformRetry.Setup,
                "Telegram set-up (getMe, deleteWebhook)",
                SetUpAsync,
                stoppingToken
            )
        )
            return;
        int? offset = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            // One poll and the handling of its updates: a failure anywhere polls the same updates again.
            var polled = await retry.RunAsync(
                PlatformRetry.Poll,
                "Telegram getUpdates",
                async ct =>
                {
                    var updates = await bot.GetUpdates(offset, 100, options.Value.PollTimeoutSeconds, Wanted, ct);
                    health.Polled("telegram");
                    if (updates.Length == 0)
                        return;
                    // Files are fetched first, all of them, then every message is handed in in order: one
                    // chat's messages stay in order even when one of them waited for a download.
                    var messages = await Task.WhenAll(
                        updates
                            .Select(TelegramUpdateMapper.Map)
                            .OfType<Core.Chat.IncomingMessage>()
                            .Select(m => files.PrepareAsync(m, ct))
                    );
                    var handled = await Task.WhenAll(
                        messages.Select(async m => (Message: m, Handled: await inbox.HandleAsync(m, ct)))
                    );
                    offset = updates[^1].Id + 1;
                    await AnswerButtons(handled, ct);
                },
                stoppingToken
            );
            if (!polled)
                return;
        }
    }

    private async Task SetUpAsync(CancellationToken ct)
    {
        var me = await bot.GetMe(ct);
        identity.Username = me.Username;
        // The operator CLI prints deep links too, without asking Telegram.
        if (me.Username is { Length: > 0 } username)
            await stores.Writer.WriteAsync(() => stores.Meta.Set(TelegramIdentity.MetaKey, username));
        // Polling and a webhook exclude each other.
        await bot.DeleteWebhook(cancellationToken: ct);
        await bot.SetMyCommands(commands.Build(), cancellationToken: ct);
        // The menu button beside the text box opens the "/" list (each person's own, by role).
        await bot.SetChatMenuButton(
            menuButton: new global::Telegram.Bot.Types.MenuButtonCommands(),
            cancellationToken: ct
        );
        log.LogInformation("Telegram polling as @{Username}", me.Username);
    }

    /// <summary>
    /// Stops the spinner on every pressed button, with the turn's toast when it left one (a stale button). A
    /// re-handled update's query is too old: harmless.
    /// </summary>
    private async Task AnswerButtons(
        (Core.Chat.IncomingMessage Message, HandledMessage Handled)[] handled,
        CancellationToken ct
    )
    {
        foreach (var (message, result) in handled.Where(h => h.Message.AckId is not null))
        {
            try
            {
                await bot.AnswerCallbackQuery(message.AckId!, result.Toast, cancellationToken: ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogDebug("answerCallbackQuery failed: {Error}", scrubber.Describe(e));
            }
        }
    }
}
