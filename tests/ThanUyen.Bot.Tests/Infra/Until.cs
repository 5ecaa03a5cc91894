namespace ThanUyen.Bot.Tests.Infra;

/// <summary>Waits for something the service does in the background, failing with what was awaited.</summary>
public static class Until
{
    public static async Task True(Func<bool> condition, Func<string> what, double seconds = 10)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTimeOffset.UtcNow > until)
                throw new TimeoutException($"waited {seconds}s for: {what()}");
            await Task.Delay(20);
        }
    }
}
