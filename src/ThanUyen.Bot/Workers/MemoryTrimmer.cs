namespace ThanUyen.Bot.Workers;

/// <summary>
/// Hands memory back to the system once a burst is over. A digest or an export over 100,000 reports allocates
/// a few hundred MB that the GC keeps committed for the next burst; on a small box that is memory nothing else
/// can use for a week. Every <see cref="Interval"/> the trimmer looks at what was allocated: when the process
/// allocated at least <see cref="BurstBytes"/> since the last trim and under <see cref="QuietBytes"/> since the
/// last look (the burst is over), one aggressive collection compacts the heap and decommits what is free.
/// Under steady traffic (tens of answers a second) the process does not look quiet and no full collection runs;
/// at a trickle of traffic one can land between two answers, once per 4 MB of work. An idle service trims once
/// after its start (its first collection: 93 → 88 MB resident). scripts/bench footprint measures the effect.
/// </summary>
public sealed class MemoryTrimmer(TimeProvider clock, ILogger<MemoryTrimmer> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    public const long BurstBytes = 4L << 20,
        QuietBytes = 4L << 20;

    private long _lastLook = GC.GetTotalAllocatedBytes(),
        _lastTrim;

    /// <summary>True once a burst is over: much allocated since the trim, little since the last look.</summary>
    public static bool ShouldTrim(long allocatedSinceTrim, long allocatedSinceLook) =>
        allocatedSinceTrim >= BurstBytes && allocatedSinceLook < QuietBytes;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                Look();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    private void Look()
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var burst = allocated - _lastTrim;
        var trim = ShouldTrim(burst, allocated - _lastLook);
        _lastLook = allocated;
        if (!trim)
            return;
        var before = Environment.WorkingSet;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        _lastTrim = _lastLook = GC.GetTotalAllocatedBytes();
        log.LogDebug(
            "Memory trimmed after {Allocated} MB allocated: resident {Before} → {After} MB",
            burst >> 20,
            before >> 20,
            Environment.WorkingSet >> 20
        );
    }
}
