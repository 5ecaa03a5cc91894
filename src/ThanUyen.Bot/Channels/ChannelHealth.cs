using System.Collections.Concurrent;

namespace ThanUyen.Bot.Channels;

/// <summary>Last successful poll/delivery per channel, for /healthz.</summary>
public sealed class ChannelHealth(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _polled = new();

    public void Polled(string channel) => _polled[channel] = clock.GetUtcNow();

    public IReadOnlyDictionary<string, DateTimeOffset> LastPolls => _polled;
}
