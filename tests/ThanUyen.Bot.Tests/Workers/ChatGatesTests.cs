using Microsoft.Extensions.Time.Testing;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Workers;

namespace ThanUyen.Bot.Tests.Workers;

/// <summary>The sender keeps a pacing gate per chat; chats come and go, the gates must not pile up.</summary>
public sealed class ChatGatesTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    private ChatGates Gates() =>
        new(a =>
            a.Id.StartsWith('-')
                ? new SlidingWindowGate(20, TimeSpan.FromMinutes(1), _clock)
                : new TokenBucketGate(1, 3, _clock)
        );

    [Fact]
    public void Ten_thousand_chats_written_to_once_leave_a_bounded_number_of_gates()
    {
        var gates = Gates();
        for (var i = 0; i < 10_000; i++)
        {
            var chat = new ChatAddress("telegram", i % 10 == 0 ? $"-{i}" : $"{i}");
            gates.For(chat).Take().Done(_clock);
            _clock.Advance(TimeSpan.FromMilliseconds(10));
        }
        // Token buckets refill in 1 s (100 chats at this pace), group windows empty after 1 min (600 chats).
        Assert.InRange(gates.Count, 1, 2_000);
    }

    [Fact]
    public void A_chat_still_waiting_for_its_bucket_keeps_its_gate_while_idle_ones_are_dropped()
    {
        var gates = Gates();
        var busy = new ChatAddress("telegram", "42");
        for (var i = 0; i < 3; i++)
            gates.For(busy).Take();
        Assert.True(gates.For(busy).Wait() > TimeSpan.Zero);
        for (var i = 0; i < 10_000; i++)
            gates.For(new ChatAddress("zalo", $"z{i}")); // made, never used: as fresh as a new one
        Assert.True(gates.For(busy).Wait() > TimeSpan.Zero, "the busy chat's pacing must survive the sweep");
        Assert.InRange(gates.Count, 1, 2_000);
    }
}
