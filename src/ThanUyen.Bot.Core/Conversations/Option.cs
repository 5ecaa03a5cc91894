using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// One answer to pick. <paramref name="Value"/> is stored and sent as button data, so keep it short ASCII.
/// </summary>
public sealed record Option(string Value, string Label, params string[] Synonyms)
{
    public const string SkipValue = "~skip";

    /// <summary>Value prefix of an option that sends the person back to another question ("~redo:percent").</summary>
    public const string RedoPrefix = "~redo:";

    private HashSet<string>? _keys;
    private string? _labelKey;

    /// <summary>
    /// Loose keys of the label, value and synonyms: computed once, options are matched on every answer.
    /// </summary>
    private HashSet<string> Keys =>
        _keys ??= [.. new[] { Label, Value }.Concat(Synonyms).Select(TextKey.Of).Where(k => k.Length > 0)];
    private string LabelKey => _labelKey ??= TextKey.Of(Label);

    /// <summary>Typed text names this option: its label without the icon, its value, or a synonym.</summary>
    public bool IsNamedBy(string text) => IsNamedBy(text, TextKey.Of(text));

    /// <summary>As <see cref="IsNamedBy(string)"/>, with the typed text's key computed once by the caller.</summary>
    public bool IsNamedBy(string text, string key)
    {
        var raw = text.Trim();
        if (raw.Length > 0 && Synonyms.Contains(raw, StringComparer.Ordinal))
            return true; // "-" has no letters to compare
        return key.Length > 0 && Keys.Contains(key);
    }

    /// <summary>The typed words (as a key) are the first words of the label ("dua" for "Dưa hấu").</summary>
    public bool StartsWith(string key) =>
        key.Length > 0 && (LabelKey == key || LabelKey.StartsWith(key + " ", StringComparison.Ordinal));
}
