using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Workers;

/// <summary>
/// The per-chat pacing gates, made on first use. Every chat ever written to would otherwise keep one for
/// the life of the process; gates back in their fresh state (bucket refilled, window empty) are dropped, which
/// changes no pacing. The sweep runs when the map has doubled since the last one, so it costs O(1) a call
/// on average and the map stays within about twice the gates still busy (plus a floor). Owned by the sender
/// loop: not thread-safe.
/// </summary>
public sealed class ChatGates(Func<ChatAddress, RateGate> create)
{
    private const int Floor = 1024;
    private readonly Dictionary<string, RateGate> _gates = [];
    private int _sweepAt = Floor;

    /// <summary>How many gates are held now.</summary>
    public int Count => _gates.Count;

    public RateGate For(ChatAddress address)
    {
        var key = address.ToString();
        if (_gates.TryGetValue(key, out var gate))
            return gate;
        if (_gates.Count >= _sweepAt)
            Sweep();
        _gates[key] = gate = create(address);
        return gate;
    }

    private void Sweep()
    {
        foreach (var (key, gate) in _gates.ToList())
            if (gate.IsIdle())
                _gates.Remove(key);
        _sweepAt = Math.Max(Floor, 2 * _gates.Count);
    }
}
