namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// Finds values inside a list of words (from <see cref="Words.Of"/>) by asking the single-value parsers about
/// runs of words, longest first. <c>used</c> marks words another value already took, so each word serves once.
/// Shared by the readers of whole answers (<see cref="MoneyAnswer"/>, <see cref="PeopleCount"/>,
/// <see cref="Percent"/>) and of sentences (<see cref="SentenceReader"/>).
/// </summary>
internal static class Spans
{
    private const int MaxSpan = 6;

    private static readonly HashSet<string> MoneyWords =
    [
        "tr",
        "trieu",
        "k",
        "nghin",
        "ngan",
        "ngin",
        "ng",
        "d",
        "dong",
        "vnd",
        "ty",
        "ti",
        "cu",
    ];

    /// <summary>Words that end a number because they count something else (people, heads, kilos).</summary>
    private static readonly HashSet<string> CountWords = ["nguoi", "ng", "nu", "phan", "%", "ngay"];

    public static bool IsMoneyWord(string word) => MoneyWords.Contains(word);

    public static void Use(bool[] used, int start, int count) => Array.Fill(used, true, start, count);

    /// <summary>How many words from <paramref name="start"/> are still free, at most <paramref name="max"/>.</summary>
    public static int Free(bool[] used, int start, int max = MaxSpan)
    {
        var n = 0;
        while (start + n < used.Length && n < max && !used[start + n])
            n++;
        return n;
    }

    /// <summary>A number that the unit after it claims ("15 triệu 1 con": the 1 is not 15,1 triệu).</summary>
    public static bool EndsBeforeUnit(string[] words, int start, int count)
    {
        var next = start + count;
        return next < words.Length
            && NumberWords.IsDigitWord(words[next - 1])
            && (Parsing.Quantity.UnitWords.Contains(words[next]) || CountWords.Contains(words[next]));
    }

    /// <summary>
    /// An amount of money starting at <paramref name="start"/>. With <paramref name="needMoneyWord"/> a bare
    /// "25" is not money: it needs "tr", "nghìn", "đồng" … or thousands written out ("1.500.000").
    /// </summary>
    public static bool Money(
        string[] words,
        bool[] used,
        int start,
        bool needMoneyWord,
        out decimal amount,
        out int count
    )
    {
        amount = 0;
        count = 0;
        if (!NumberWords.IsNumberWord(words[start]) || words[start] is "k" or "tr" or "cu")
            return false;
        // The "tỷ" of "999999 tỷ" (too much) is not one tỷ on its own.
        if (start > 0 && IsMoneyWord(words[start]) && NumberWords.IsNumberWord(words[start - 1]))
            return false;
        for (count = Free(used, start); count > 0; count--)
        {
            // "999999 tỷ" is too much, not 999.999 đồng: a span never stops before its own money word.
            if (
                EndsBeforeUnit(words, start, count)
                || (start + count < words.Length && IsMoneyWord(words[start + count]))
            )
                continue;
            var span = words.AsSpan(start, count).ToArray();
            var hasMoneyWord =
                span.Any(MoneyWords.Contains) || span.Any(w => Words.IsNumber(w, out var n) && n >= 1000);
            if (needMoneyWord && !hasMoneyWord)
                continue;
            if (Parsing.Money.TryParse(string.Join(' ', span), out amount))
                return true;
        }
        return false;
    }

    /// <summary>A number (digits or words) starting at <paramref name="start"/> among the free words.</summary>
    public static bool Number(string[] words, bool[] used, int start, out decimal value, out int count)
    {
        var free = words.AsSpan(start, Free(used, start, 24)).ToArray();
        return NumberWords.TryReadAt(free, 0, out value, out count);
    }

    /// <summary>
    /// A quantity: a number with a unit ("2 con", "1,5 tạ", "hai con"), or a number before the product's own word
    /// ("2 trâu", which takes <paramref name="defaultUnit"/>).
    /// </summary>
    public static bool Quantity(
        string[] words,
        bool[] used,
        int start,
        string defaultUnit,
        IReadOnlyCollection<string> productWords,
        out Quantity quantity,
        out int count
    )
    {
        quantity = default;
        count = 0;
        if (!Number(words, used, start, out _, out var numberCount) || start + numberCount >= words.Length)
            return false;
        var after = words[start + numberCount];
        var productFirstWords = productWords.Select(w => TextKey.Of(w).Split(' ')[0]);
        if (!Parsing.Quantity.UnitWords.Contains(after) && !productFirstWords.Contains(after, StringComparer.Ordinal))
            return false;
        for (count = Free(used, start); count > numberCount; count--)
        {
            var text = Words.Join(words, start, count);
            if (Parsing.Quantity.TryParse(text, defaultUnit, productWords, out quantity))
                return true;
        }
        return false;
    }
}
