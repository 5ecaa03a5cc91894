namespace ThanUyen.Bot.Channels;

/// <summary>
/// Shows a chat action now and again every <see cref="Every"/> until disposed: Telegram clears an action after
/// about 5 seconds, so slow work keeps saying "typing…". A hint only: a failed call is ignored, and an action
/// already on its way is not cancelled by stopping (only the repeats are).
/// </summary>
public sealed class ChatActionLoop : IDisposable
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource _stop = new();

    private ChatActionLoop() { }

    public static ChatActionLoop Start(Func<CancellationToken, Task> show)
    {
        var loop = new ChatActionLoop();
        _ = loop.RunAsync(show);
        return loop;
    }

    private async Task RunAsync(Func<CancellationToken, Task> show)
    {
        var stop = _stop.Token;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                using (var call = new CancellationTokenSource(CallTimeout))
                {
                    try
                    {
                        await show(call.Token);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException) { }
                }
                await Task.Delay(Every, stop);
            }
        }
        catch (OperationCanceledException) { }
        finally
        {
            _stop.Dispose();
        }
    }

    public void Dispose()
    {
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException) { }
    }
}
