namespace ThanUyen.Bot.Core.Chat;

public static class ChannelLimits
{
    /// <summary>Longest text one message may carry: Telegram 4096, Zalo 2000 characters.</summary>
    public static int MaxText(string channel) =>
        channel switch
        {
            "telegram" => 4096,
            "zalo" => 2000,
            _ => 100_000,
        };

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
