using System.Diagnostics.CodeAnalysis;

namespace ThanUyen.Bot.Core.Chat;

/// <summary>Where a conversation happens: "telegram:123", "zalo:ab12", "console:local".</summary>
public readonly record struct ChatAddress(string Channel, string Id)
{
    public static readonly ChatAddress ConsoleLocal = new("console", "local");

    public override string ToString() => $"{Channel}:{Id}";

    public static ChatAddress Parse(string text) =>
        TryParse(text, out var address) ? address : throw new FormatException($"Not a chat address: '{text}'");

    public static bool TryParse([NotNullWhen(true)] string? text, out ChatAddress address)
    {
        address = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
            return false;
        address = new ChatAddress(text[..colon].Trim().ToLowerInvariant(), text[(colon + 1)..].Trim());
        return address.Id.Length > 0;
    }
}
