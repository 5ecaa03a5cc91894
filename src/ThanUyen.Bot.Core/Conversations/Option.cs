using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>One answer to pick. <paramref name="Value"/> is stored and sent as button data, so keep it short ASCII.</summary>
public sealed record Option(string Value, string Label, params string[] Synonyms)
{
    public const string SkipValue = "~skip";
    /// <summary>Value prefix of an option that sends the person back to another question ("~redo:percent").</summary>
    public const string RedoPrefix = "~redo:";

    /// <summary>Typed text names this option: its label without the icon, its value, or a synonym.</summary>
    public bool IsNamedBy(string text)
    {
        var raw = text.Trim();
        if (raw.Length > 0 && Synonyms.Contains(raw, StringComparer.Ordinal)) return true; // "-" has no letters to compare
        var key = TextKey.Of(text);
        if (key.Length == 0) return false;
        return TextKey.Of(Label) == key || TextKey.Of(Value) == key || Synonyms.Any(s => TextKey.Of(s) == key);
    }

    public bool StartsWith(string text) => TextKey.Matches(text, Label);
}
