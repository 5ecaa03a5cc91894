namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// Finds which option a sentence names: an option's label or synonym key standing as whole consecutive words
/// among the words not yet used. The longest phrase wins; two options named as long is no answer. Lone words
/// that are also everyday words ("cho" market / "to", "khác", "họp", "ông" …) never name an option alone.
/// </summary>
internal static class PhraseFinder
{
    private static readonly HashSet<string> TooCommon =
    [
        "cho",
        "khac",
        "hop",
        "ban",
        "ong",
        "mat",
        "quan",
        "dung",
        "tot",
        "xong",
        "con",
        "moi",
        "gia",
    ];

    public static MatchCandidate? Find(string[] words, bool[] used, IReadOnlyList<MatchCandidate> options)
    {
        MatchCandidate? best = null;
        var bestLength = 0;
        var tie = false;
        foreach (var o in options)
        {
            var length = new[] { o.Label }
                .Concat(o.Synonyms)
                .Select(TextKey.Of)
                .Where(p => p.Length > 0 && !TooCommon.Contains(p))
                .Select(p => p.Split(' '))
                .Where(p => Occurs(words, used, p))
                .Select(p => p.Length)
                .DefaultIfEmpty(0)
                .Max();
            if (length == 0 || length < bestLength)
                continue;
            tie = length == bestLength && best is not null && best.Value != o.Value;
            if (length > bestLength || best is null)
                (best, bestLength) = (o, length);
        }
        return tie ? null : best;
    }

    /// <summary>Every option any of whose phrases occurs, everyday words included ("họp" names "Họp bản").</summary>
    public static List<string> Named(string[] words, bool[] used, IReadOnlyList<MatchCandidate> options) =>
        options
            .Where(o =>
                new[] { o.Label }
                    .Concat(o.Synonyms)
                    .Select(TextKey.Of)
                    .Any(p => p.Length > 0 && Occurs(words, used, p.Split(' ')))
            )
            .Select(o => o.Value)
            .Distinct()
            .ToList();

    private static bool Occurs(string[] words, bool[] used, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Length; i++)
        {
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++)
                all = !used[i + k] && words[i + k] == phrase[k];
            if (all)
                return true;
        }
        return false;
    }
}
