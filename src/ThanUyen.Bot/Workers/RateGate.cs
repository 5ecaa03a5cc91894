namespace ThanUyen.Bot.Workers;

/// <summary>
/// A pacing rule the sender checks before each send. One sender loop owns its gates: not thread-safe.
/// </summary>
public abstract class RateGate
{
    /// <summary>How long until a send is allowed (zero when it is now).</summary>
    public abstract TimeSpan Wait();

    /// <summary>Records a send; call <see cref="Slot.Done"/> on the result when its answer came back.</summary>
    public abstract Slot Take();

    /// <summary>
    /// True when the gate is in the state a fresh one starts in (bucket full, window empty): dropping it and
    /// making a new one later changes nothing.
    /// </summary>
    public abstract bool IsIdle();
}

/// <summary>One send counted by a gate. Stamped when the platform answered (thread-safe).</summary>
public sealed class Slot
{
    private long _doneAt = -1;
    public static readonly Slot None = new();
    public long? DoneAt => Volatile.Read(ref _doneAt) is var t && t >= 0 ? t : null;

    public void Done(TimeProvider clock) => Volatile.Write(ref _doneAt, clock.GetTimestamp());
}

/// <summary>
/// At most <c>max</c> sends in any <c>window</c>: a hard cap (Telegram's ~30/s overall, 20/min per group).
/// A send leaves the window one window-length after its answer came back, not after it left: the
/// server saw it somewhere in between, so counting from the answer can never let max + 1 arrive
/// within one server-side window, however uneven the network.
/// </summary>
public sealed class SlidingWindowGate(int max, TimeSpan window, TimeProvider clock) : RateGate
{
    private readonly Queue<Slot> _sent = new();

    public override TimeSpan Wait()
    {
        var now = clock.GetTimestamp();
        while (_sent.Count > 0 && _sent.Peek().DoneAt is { } done && clock.GetElapsedTime(done, now) >= window)
            _sent.Dequeue();
        if (_sent.Count < max)
            return TimeSpan.Zero;
        return _sent.Peek().DoneAt is { } oldest
            ? window - clock.GetElapsedTime(oldest, now)
            : TimeSpan.FromMilliseconds(5);
    }

    public override bool IsIdle()
    {
        Wait(); // drops the sends that left the window
        return _sent.Count == 0;
    }

    public override Slot Take()
    {
        var slot = new Slot();
        _sent.Enqueue(slot);
        return slot;
    }
}

/// <summary>
/// A token bucket: <c>burst</c> sends at once, then <c>perSecond</c> (about 1/s to one chat, with a small burst).
/// </summary>
public sealed class TokenBucketGate(double perSecond, double burst, TimeProvider clock) : RateGate
{
    private readonly double _burst = burst;
    private double _tokens = burst;
    private long _last = clock.GetTimestamp();

    private void Refill()
    {
        var now = clock.GetTimestamp();
        _tokens = Math.Min(_burst, _tokens + clock.GetElapsedTime(_last, now).TotalSeconds * perSecond);
        _last = now;
    }

    public override TimeSpan Wait()
    {
        Refill();
        return _tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - _tokens) / perSecond);
    }

    public override bool IsIdle()
    {
        Refill();
        return _tokens >= _burst;
    }

    public override Slot Take()
    {
        Refill();
        _tokens -= 1;
        return Slot.None;
    }
}
