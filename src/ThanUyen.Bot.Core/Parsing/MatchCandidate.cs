namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// An option as <see cref="OptionMatcher"/> and <see cref="SentenceReader"/> see it: the same three parts as
/// Conversations.Option (<c>new MatchCandidate(o.Value, o.Label, o.Synonyms)</c>), kept here so that parsing
/// depends on nothing above it.
/// </summary>
public sealed record MatchCandidate(string Value, string Label, IReadOnlyList<string> Synonyms)
{
    public MatchCandidate(string value, string label)
        : this(value, label, []) { }
}
