using System.Diagnostics;

namespace ThanUyen.Bot.Fakes;

/// <summary>
/// The one way tests wait: for a condition, never for a fixed time. A wait that runs out FAILS with what
/// it waited for and the transcript of what did happen (a silent fall-through hid broken tests before).
/// It lives with the fakes so that their own waits (WaitForSent, the crash harness) are the same code.
/// </summary>
public static class Eventually
{
    /// <summary>Re-checks this often when nothing signals changes (conditions on a database, a file).</summary>
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);

    /// <summary>With a signal, polling only backs it up: part of a condition may change unsignalled.</summary>
    private static readonly TimeSpan SignalledPoll = TimeSpan.FromMilliseconds(50);

    public static Task True(
        Func<bool> condition,
        TimeSpan timeout,
        string description,
        Func<string>? transcript = null,
        Signal? wake = null
    ) => Value(() => condition() ? Yes : null, timeout, description, transcript, wake);

    public static Task True(
        Func<Task<bool>> condition,
        TimeSpan timeout,
        string description,
        Func<string>? transcript = null,
        Signal? wake = null
    ) => Core(async () => await condition() ? Yes : null, timeout, description, transcript, wake);

    /// <summary>Waits until <paramref name="probe"/> returns something, and returns it.</summary>
    public static Task<T> Value<T>(
        Func<T?> probe,
        TimeSpan timeout,
        string description,
        Func<string>? transcript = null,
        Signal? wake = null
    )
        where T : class => Core(() => Task.FromResult(probe()), timeout, description, transcript, wake);

    public static Task<T> Value<T>(
        Func<Task<T?>> probe,
        TimeSpan timeout,
        string description,
        Func<string>? transcript = null,
        Signal? wake = null
    )
        where T : class => Core(probe, timeout, description, transcript, wake);

    private static readonly object Yes = new();

    private static async Task<T> Core<T>(
        Func<Task<T?>> probe,
        TimeSpan timeout,
        string description,
        Func<string>? transcript,
        Signal? wake
    )
        where T : class
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var changed = wake?.Next;
            if (await probe() is { } value)
                return value;
            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException(Failure(description, clock.Elapsed, transcript));
            var nap = Min(left, wake is null ? Poll : SignalledPoll);
            await (changed is null ? Task.Delay(nap) : Task.WhenAny(changed, Task.Delay(nap)));
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string Failure(string description, TimeSpan waited, Func<string>? transcript)
    {
        var text = $"Waited {waited.TotalSeconds:0.0} s in vain for: {description}";
        if (transcript is null)
            return text;
        string shown;
        try
        {
            shown = transcript();
        }
        catch (Exception e)
        {
            shown = $"(the transcript itself failed: {e.Message})";
        }
        return $"{text}\n--- transcript ---\n{(shown.Length == 0 ? "(nothing)" : shown)}";
    }
}
