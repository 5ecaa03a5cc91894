using System.Collections.Concurrent;

namespace ThanUyen.Bot.Channels;

/// <summary>Per channel: last successful poll or webhook delivery, and last successful send. For /healthz.</summary>
public sealed class ChannelHealth(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _received = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _sent = new();

    public void Polled(string channel) => _received[channel] = clock.GetUtcNow();

    public void Delivered(string channel) => _received[channel] = clock.GetUtcNow();

    public void Sent(string channel) => _sent[channel] = clock.GetUtcNow();

    public DateTimeOffset? LastReceived(string channel) => _received.TryGetValue(channel, out var t) ? t : null;

    public DateTimeOffset? LastSent(string channel) => _sent.TryGetValue(channel, out var t) ? t : null;
}
