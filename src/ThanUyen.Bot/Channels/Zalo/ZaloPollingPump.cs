using Microsoft.Extensions.Options;

namespace ThanUyen.Bot.Channels.Zalo;

/// <summary>
/// Zalo polling (development): deleteWebhook first; getUpdates returns one update or 408 when nothing came
/// (poll again at once). An update is consumed once returned, so it is stored in the inbox before the next poll.
/// </summary>
public sealed class ZaloPollingPump(
    ZaloClient client,
    ZaloInbound inbound,
    IOptions<ZaloOptions> options,
    ChannelHealth health,
    PlatformRetry retry,
    ILogger<ZaloPollingPump> log
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var ready = await retry.RunAsync(
            PlatformRetry.Setup,
            "Zalo set-up (getMe, deleteWebhook)",
            async ct =>
            {
                inbound.BotId = await client.GetMeIdAsync(ct);
                await client.DeleteWebhookAsync(ct);
                log.LogInformation("Zalo polling started");
            },
            stoppingToken
        );
        while (ready && !stoppingToken.IsCancellationRequested)
            ready = await retry.RunAsync(
                PlatformRetry.Poll,
                "Zalo getUpdates",
                async ct =>
                {
                    var updates = await client.GetUpdatesAsync(options.Value.PollTimeoutSeconds, ct);
                    health.Polled("zalo");
                    foreach (var update in updates)
                        await inbound.AcceptAsync(update, ct);
                },
                stoppingToken
            );
    }
}
