namespace ThanUyen.Bot.Core.Chat;

/// <summary>
/// Wakes a background loop the moment there is work, instead of a polling delay. Extra wake-ups collapse into one.
/// </summary>
public abstract class WakeSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            { /* already signalled */
            }
        }
    }

    /// <summary>Waits for a notification or the timeout, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);

    public void Dispose()
    {
        _signal.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>Something was committed to the outbox: no polling delay for replies.</summary>
public sealed class OutboxSignal : WakeSignal;

/// <summary>A webhook or the Zalo poller stored something in the durable inbox.</summary>
public sealed class InboxSignal : WakeSignal;
