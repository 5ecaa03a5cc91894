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
    Core.Storage.Stores stores,
    TelegramCommandList commands,
    TelegramIdentity identity,
    ChannelHealth health,
    IOptions<TelegramOptions> options,
    SecretScrubber scrubber,
    ILogger<TelegramUpdatePump> log
) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await RetryUntilDone(SetUpAsync, "set up", stoppingToken);
        int? offset = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var updates = await bot.GetUpdates(
                    offset,
                    100,
                    options.Value.PollTimeoutSeconds,
                    Wanted,
                    stoppingToken
                );
                health.Polled("telegram");
                failures = 0;
                if (updates.Length == 0)
                    continue;
                var work = updates
                    .Select(TelegramUpdateMapper.Map)
                    .Where(m => m is not null)
                    .Select(m => inbox.HandleAsync(m!, stoppingToken));
                await Task.WhenAll(work);
                offset = updates[^1].Id + 1;
                await AnswerButtons(updates, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                var delay = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures, 5)) / 2));
                log.LogWarning(
                    "Telegram getUpdates failed ({Error}); retrying in {Delay}s",
                    scrubber.Describe(e),
                    delay.TotalSeconds
                );
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
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
        log.LogInformation("Telegram polling as @{Username}", me.Username);
    }

    /// <summary>Stops the spinner on every pressed button. A re-handled update's query is too old: harmless.</summary>
    private async Task AnswerButtons(global::Telegram.Bot.Types.Update[] updates, CancellationToken ct)
    {
        foreach (var query in updates.Select(u => u.CallbackQuery).OfType<global::Telegram.Bot.Types.CallbackQuery>())
        {
            try
            {
                await bot.AnswerCallbackQuery(query.Id, cancellationToken: ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogDebug("answerCallbackQuery failed: {Error}", scrubber.Describe(e));
            }
        }
    }

    private async Task RetryUntilDone(Func<CancellationToken, Task> step, string what, CancellationToken ct)
    {
        for (var attempt = 1; !ct.IsCancellationRequested; attempt++)
        {
            try
            {
                await step(ct);
                return;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(
                    "Telegram {What} failed ({Error}); attempt {Attempt}",
                    what,
                    scrubber.Describe(e),
                    attempt
                );
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, attempt * 2)), ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
