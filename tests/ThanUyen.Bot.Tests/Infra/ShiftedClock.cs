using System.Collections.Concurrent;

namespace ThanUyen.Bot.Tests.Infra;

/// <summary>Real time moved to another moment: timers and delays stay real, "now" is the chosen day.</summary>
public sealed class ShiftedClock(DateTimeOffset pretendNow) : TimeProvider
{
    private readonly TimeSpan _offset = pretendNow - DateTimeOffset.UtcNow;

    /// <summary>
    /// The due times of the timers the service asked for: a worker arming its next tick has finished its
    /// current pass (the scheduler's catch-up at start), which a test can wait for instead of sleeping.
    /// </summary>
    public ConcurrentQueue<TimeSpan> TimersArmed { get; } = new();

    /// <summary>Pulses when a timer is armed.</summary>
    public Fakes.Signal Changed { get; } = new();

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        TimersArmed.Enqueue(dueTime);
        Changed.Pulse();
        return timer;
    }
}
