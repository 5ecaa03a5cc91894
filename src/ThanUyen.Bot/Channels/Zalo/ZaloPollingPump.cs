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
    SecretScrubber scrubber,
    ILogger<ZaloPollingPump> log
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var failures = 0;
        var ready = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!ready)
                {
                    inbound.BotId = await client.GetMeIdAsync(stoppingToken);
                    await client.DeleteWebhookAsync(stoppingToken);
                    ready = true;
                    log.LogInformation("Zalo polling started");
                }
                var updates = await client.GetUpdatesAsync(options.Value.PollTimeoutSeconds, stoppingToken);
                health.Polled("zalo");
                failures = 0;
                foreach (var update in updates)
                    await inbound.AcceptAsync(update, stoppingToken);
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
                    "Zalo getUpdates failed ({Error}); retrying in {Delay}s",
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
}
