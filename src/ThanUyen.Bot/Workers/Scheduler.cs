using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Digests;

namespace ThanUyen.Bot.Workers;

/// <summary>
/// Runs the due jobs at start (catch-up after downtime) and then every <see cref="Tick"/>. The jobs
/// themselves know what is due and keep a ledger, so ticking often costs little and sends nothing twice.
/// </summary>
public sealed class Scheduler(
    ScheduledJobs jobs,
    Web.MediaStore media,
    OutboxSignal signal,
    TimeProvider clock,
    ILogger<Scheduler> log
) : BackgroundService
{
    public static readonly TimeSpan Tick = TimeSpan.FromSeconds(30);
    private DateTimeOffset _mediaPrunedAt = DateTimeOffset.MinValue;

    /// <summary>Hourly, beside the core's housekeeping: expired charts and exports leave data/media.</summary>
    private void PruneMedia()
    {
        var now = clock.GetUtcNow();
        if (now - _mediaPrunedAt < TimeSpan.FromHours(1))
            return;
        _mediaPrunedAt = now;
        try
        {
            if (media.PruneExpired() is var deleted and > 0)
                log.LogInformation("Deleted {Count} expired media files", deleted);
        }
        catch (Exception e)
        {
            log.LogError(e, "Pruning expired media failed; trying again in an hour");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var queued = jobs.RunDue(clock.GetUtcNow().UtcDateTime);
                if (queued > 0)
                {
                    log.LogInformation("Scheduler queued {Count} messages (digests, reminders, nudges)", queued);
                    signal.Notify();
                }
            }
            catch (Exception e)
            {
                log.LogError(e, "Scheduled jobs failed; trying again at the next tick");
            }
            PruneMedia();
            try
            {
                await Task.Delay(Tick, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
