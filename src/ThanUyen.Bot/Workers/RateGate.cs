namespace ThanUyen.Bot.Workers;

/// <summary>A token bucket: <c>burst</c> sends at once, refilled at <c>perSecond</c>. Not thread-safe (one sender loop owns it).</summary>
public sealed class RateGate(double perSecond, double burst, TimeProvider clock)
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

    /// <summary>How long until one token is available (zero when one is).</summary>
    public TimeSpan Wait()
    {
        Refill();
        return _tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - _tokens) / perSecond);
    }

    public void Take()
    {
        Refill();
        _tokens -= 1;
    }
}
