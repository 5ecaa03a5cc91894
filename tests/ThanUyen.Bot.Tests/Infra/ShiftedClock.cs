namespace ThanUyen.Bot.Tests.Infra;

/// <summary>Real time moved to another moment: timers and delays stay real, "now" is the chosen day.</summary>
public sealed class ShiftedClock(DateTimeOffset pretendNow) : TimeProvider
{
    private readonly TimeSpan _offset = pretendNow - DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;
}
