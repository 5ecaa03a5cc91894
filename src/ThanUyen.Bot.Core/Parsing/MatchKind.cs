namespace ThanUyen.Bot.Core.Parsing;

/// <summary>How typed text named an option; see <see cref="OptionMatcher"/>.</summary>
public enum MatchKind
{
    /// <summary>Nothing close: ask again.</summary>
    None,

    /// <summary>The label (icon or not), value or a synonym, as Option.IsNamedBy reads it: take it.</summary>
    Exact,

    /// <summary>One option named loosely (some of its words, no spaces, a typo): take it, showing the label.</summary>
    Fuzzy,

    /// <summary>Several options are as close: ask "did you mean …?" with these as the choices.</summary>
    Ambiguous,
}
