namespace ThanUyen.Bot.Core.Parsing;

/// <summary>The outcome of <see cref="OptionMatcher.Match"/>: the kind and the option values it points at.</summary>
public sealed record OptionMatch(MatchKind Kind, IReadOnlyList<string> Values)
{
    public static readonly OptionMatch None = new(MatchKind.None, []);

    /// <summary>The one value of an Exact or Fuzzy match; null otherwise.</summary>
    public string? Value => Kind is MatchKind.Exact or MatchKind.Fuzzy ? Values[0] : null;
}
