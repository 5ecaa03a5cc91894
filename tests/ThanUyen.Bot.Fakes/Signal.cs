namespace ThanUyen.Bot.Fakes;

/// <summary>
/// Wakes waiters whenever something changed (a call recorded, a line printed), so a wait ends the moment
/// its condition can have become true instead of at the next tick of a polling timer.
/// </summary>
public sealed class Signal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Pulse"/>. Take it BEFORE checking, or a pulse can slip by.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Pulse() =>
        Interlocked
            .Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))
            .TrySetResult();
}
