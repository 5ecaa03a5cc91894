namespace ThanUyen.Bot.Core.Chat;

/// <summary>The platforms the host described (<see cref="ChannelCapabilities"/>), looked up by address.</summary>
public sealed class ChannelDirectory(IEnumerable<ChannelCapabilities> channels)
{
    private readonly Dictionary<string, ChannelCapabilities> _byName = channels.ToDictionary(c => c.Name);

    /// <summary>What an unknown channel gets: plain text, no limits worth splitting for.</summary>
    private static readonly ChannelCapabilities Unknown = new("unknown") { MaxText = 100_000, MaxCaption = 100_000 };

    public IReadOnlyCollection<ChannelCapabilities> All => _byName.Values;

    public bool IsKnown(string channel) => _byName.ContainsKey(channel);

    public ChannelCapabilities For(string channel) => _byName.GetValueOrDefault(channel) ?? Unknown;

    public ChannelCapabilities For(ChatAddress address) => For(address.Channel);

    /// <summary>The first invitation link a platform offers for this code, or null.</summary>
    public string? InvitationLink(string code) =>
        _byName.Values.Select(c => c.InvitationLink(code)).FirstOrDefault(l => l is not null);

    /// <summary>Splits on line boundaries (a line longer than the limit is cut hard).</summary>
    public static List<string> Split(string text, int max)
    {
        if (text.Length <= max)
            return [text];
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            while (line.Length > max)
            {
                Flush();
                parts.Add(line[..max]);
                line = line[max..];
            }
            if (current.Length > 0 && current.Length + 1 + line.Length > max)
                Flush();
            if (current.Length > 0)
                current.Append('\n');
            current.Append(line);
        }
        Flush();
        return parts;

        void Flush()
        {
            if (current.Length > 0)
                parts.Add(current.ToString());
            current.Clear();
        }
    }
}
