namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// Which option typed text names, tried in order (the first step with any hit decides), all on
/// <see cref="TextKey"/> keys (lower case, no marks, no icons):
/// 1. Exact — the label, value or a synonym, exactly as Option.IsNamedBy: the first such option.
/// 2. Words — the text is whole words of the label or a synonym, in their order: "ket qua" → "Kết quả chính",
///    "moi con" → "Giá mỗi con", "duong pa khom" → "Mở rộng đường sản xuất Pá Khôm".
/// 3. No spaces — "pakhom" → "Pá Khôm".
/// 4. Typos — Damerau–Levenshtein distance to the label, a synonym or as many of the label's words as were
///    typed, at most 1 for texts of 3–5 letters and 2 above, none below 3 ("tham pe" → "Thẩm Phé",
///    "thuong lay" → "Thương lái", "hoi cham" → "Bị chậm").
/// One option at a step is Fuzzy; several at the same step (or the same distance) are Ambiguous.
/// For questions whose typed answer is also read as a value (a number, a date, money), use only Exact: "hom"
/// should not pick "Hôm nay" over the date reader.
/// </summary>
public static class OptionMatcher
{
    public static OptionMatch Match(string? typed, IReadOnlyList<MatchCandidate> options)
    {
        var raw = typed?.Trim() ?? "";
        var key = TextKey.Of(raw);
        foreach (var o in options)
        {
            if (raw.Length > 0 && o.Synonyms.Contains(raw, StringComparer.Ordinal))
                return Exact(o); // "-" has no letters to compare
            if (key.Length > 0 && Keys(o).Contains(key))
                return Exact(o);
        }
        var letters = key.Replace(" ", "", StringComparison.Ordinal);
        if (letters.Length < 2)
            return OptionMatch.None;
        var typedWords = key.Split(' ');
        var words = Found(options, o => Phrases(o).Any(p => InOrder(typedWords, p.Split(' '))));
        if (words.Kind != MatchKind.None)
            return words;
        var joined = Found(
            options,
            o => Phrases(o).Any(p => Runs(p).Any(r => r.Replace(" ", "", StringComparison.Ordinal) == letters))
        );
        if (joined.Kind != MatchKind.None)
            return joined;
        return Closest(options, key, letters);
    }

    private static OptionMatch Exact(MatchCandidate o) => new(MatchKind.Exact, [o.Value]);

    private static OptionMatch Found(IReadOnlyList<MatchCandidate> options, Func<MatchCandidate, bool> names)
    {
        var hits = options.Where(names).Select(o => o.Value).Distinct().ToList();
        return hits.Count switch
        {
            0 => OptionMatch.None,
            1 => new OptionMatch(MatchKind.Fuzzy, hits),
            _ => new OptionMatch(MatchKind.Ambiguous, hits),
        };
    }

    private static OptionMatch Closest(IReadOnlyList<MatchCandidate> options, string key, string letters)
    {
        var max = letters.Length switch
        {
            < 3 => 0,
            <= 5 => 1,
            _ => 2,
        };
        if (max == 0)
            return OptionMatch.None;
        var typedWords = key.Split(' ').Length;
        var scored = options
            .Select(o =>
                (
                    o.Value,
                    Distance: Phrases(o)
                        .SelectMany(p => Runs(p).Where(r => r == p || r.Split(' ').Length == typedWords))
                        .Select(r => EditDistance.Between(letters, r.Replace(" ", "", StringComparison.Ordinal), max))
                        .DefaultIfEmpty(max + 1)
                        .Min()
                )
            )
            .Where(s => s.Distance <= max)
            .ToList();
        if (scored.Count == 0)
            return OptionMatch.None;
        var best = scored.Min(s => s.Distance);
        var closest = scored.Where(s => s.Distance == best).Select(s => s.Value).Distinct().ToList();
        return new OptionMatch(closest.Count == 1 ? MatchKind.Fuzzy : MatchKind.Ambiguous, closest);
    }

    /// <summary>The keys Option.IsNamedBy compares with: label, value and synonyms.</summary>
    private static IEnumerable<string> Keys(MatchCandidate o) =>
        new[] { o.Label, o.Value }.Concat(o.Synonyms).Select(TextKey.Of).Where(k => k.Length > 0);

    /// <summary>What people say of an option: its label and synonyms (the value is a code, not a word).</summary>
    private static IEnumerable<string> Phrases(MatchCandidate o) =>
        new[] { o.Label }.Concat(o.Synonyms).Select(TextKey.Of).Where(k => k.Length > 0);

    /// <summary>Typed words are words of the phrase, in order ("duong pa khom" in "duong san xuat pa khom").</summary>
    private static bool InOrder(string[] typed, string[] phrase)
    {
        var at = 0;
        foreach (var word in phrase)
            if (at < typed.Length && typed[at] == word)
                at++;
        return at == typed.Length;
    }

    /// <summary>Every run of whole words in a phrase: "gia moi con" → "gia", "gia moi", "moi con", "con" …</summary>
    private static IEnumerable<string> Runs(string phrase)
    {
        var words = phrase.Split(' ');
        for (var start = 0; start < words.Length; start++)
        for (var count = 1; start + count <= words.Length; count++)
            yield return string.Join(' ', words, start, count);
    }
}
