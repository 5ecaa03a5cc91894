namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// Numbers said in words, with or without diacritics: "hai mươi lăm" (25), "ba muoi trieu" (30.000.000),
/// "mot tram linh nam" (105), "1 triệu rưỡi" (1.500.000), "trăm hai" (120), "nghìn" (1.000). Digits mix in
/// ("1 trieu ruoi", "30 nghin"). Words that are also everyday words count only where counting puts them:
/// "lăm"/"nhăm" (5) and "tư" (4) after "mươi" or "linh", so "làm" and "từ" alone are not numbers; "tr", "k"
/// and "củ" only after a number.
/// </summary>
public static class NumberWords
{
    /// <summary>"chín trăm chín mươi chín triệu chín trăm …" is 18 words; more is not a number people write.</summary>
    private const int MaxSpan = 24;

    private static readonly Dictionary<string, int> Digits = new(StringComparer.Ordinal)
    {
        ["khong"] = 0,
        ["mot"] = 1,
        ["hai"] = 2,
        ["ba"] = 3,
        ["bon"] = 4,
        ["tu"] = 4,
        ["nam"] = 5,
        ["lam"] = 5,
        ["nham"] = 5,
        ["sau"] = 6,
        ["bay"] = 7,
        ["tam"] = 8,
        ["chin"] = 9,
    };

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["nghin"] = 1_000m,
        ["ngan"] = 1_000m,
        ["ngin"] = 1_000m,
        ["k"] = 1_000m,
        ["trieu"] = 1_000_000m,
        ["tr"] = 1_000_000m,
        ["cu"] = 1_000_000m,
        ["ty"] = 1_000_000_000m,
        ["ti"] = 1_000_000_000m,
    };

    /// <summary>The whole text is one number ("hai mươi lăm", "ba muoi trieu", "25").</summary>
    public static bool TryParse(string? text, out decimal value)
    {
        var words = TextKey.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return TryRead(words, 0, words.Length, out value);
    }

    /// <summary>A number word (digits, "hai", "muoi", "trieu" …): a number ends before a word that is not.</summary>
    public static bool IsNumberWord(string word) =>
        Words.IsNumber(word, out _)
        || Digits.ContainsKey(word)
        || Scales.ContainsKey(word)
        || word is "muoi" or "chuc" or "tram" or "ruoi" or "linh" or "le";

    /// <summary>A single-figure word or digits ("2", "hai", "mot"): what counts heads, unlike "triệu".</summary>
    public static bool IsDigitWord(string word) => Words.IsNumber(word, out _) || Digits.ContainsKey(word);

    /// <summary>
    /// The longest number starting at <paramref name="start"/> in <paramref name="words"/> (as
    /// <see cref="Words.Of"/> splits them).
    /// A number in words directly followed by a number in digits is a label, not a number ("nam 11": men, 11).
    /// </summary>
    public static bool TryReadAt(IReadOnlyList<string> words, int start, out decimal value, out int count)
    {
        var run = 0;
        while (run < MaxSpan && start + run < words.Count && IsNumberWord(words[start + run]))
            run++;
        for (count = run; count > 0; count--)
        {
            if (!TryRead(words, start, count, out value))
                continue;
            var wordsOnly = !Words.IsNumber(words[start], out _) && count == 1;
            if (wordsOnly && start + 1 < words.Count && Words.IsNumber(words[start + 1], out _))
                break;
            return true;
        }
        value = 0;
        count = 0;
        return false;
    }

    internal static bool TryRead(IReadOnlyList<string> words, int start, int count, out decimal value)
    {
        value = 0;
        if (count == 0 || count > MaxSpan)
            return false;
        decimal total = 0,
            group = 0,
            last = 0;
        decimal? digit = null;
        var digitIsWord = false;
        var afterLinh = false;
        for (var i = start; i < start + count; i++)
        {
            var w = words[i];
            var isDigits = Words.IsNumber(w, out var n);
            if (isDigits || Digits.TryGetValue(w, out _) && Fits(w, last, afterLinh))
            {
                if (digit is not null)
                    return false; // "hai ba": two numbers, not one
                (digit, digitIsWord) = isDigits ? (n, false) : (Digits[w], true);
                continue;
            }
            if (w is "muoi" or "chuc")
            {
                if (digit is > 9 || group % 100 != 0 || afterLinh)
                    return false;
                group += (digit ?? 1) * 10;
                (digit, last) = (null, 10);
            }
            else if (w == "tram")
            {
                if (group % 1000 != 0)
                    return false;
                group += (digit ?? 1) * 100;
                (digit, last) = (null, 100);
            }
            else if (Scales.TryGetValue(w, out var scale))
            {
                var part = group + (digit ?? 0);
                // "nghìn", "triệu rưỡi" alone mean one of them; "k" and "tr" alone are other words.
                if (part == 0 && (digit is not null || i > start || w is "k" or "tr" or "cu"))
                    return false;
                total += (part == 0 ? 1 : part) * scale;
                (group, digit, last, afterLinh) = (0, null, scale, false);
            }
            else if (w == "ruoi" && digit is null && last >= 100)
            {
                // "rưỡi" is half of the unit just said: "trăm rưỡi" 150, "1 triệu rưỡi" 1.500.000.
                if (last == 100)
                    group += 50;
                else
                    total += last / 2;
                last = 0;
            }
            else if (w is "linh" or "le" && digit is null && last >= 100)
                afterLinh = true;
            else
                return false;
        }
        if (digit is { } tail)
        {
            // "trăm hai" is 120 and "hai nghìn ba" 2.300: a lone digit word after a unit is the next place.
            if (last >= 100 && !afterLinh)
            {
                if (!digitIsWord)
                    return false;
                group += tail * last / 10;
            }
            else
                group += tail;
        }
        value = total + group;
        return true;
    }

    /// <summary>"lăm", "nhăm" and "tư" are counting forms: only after "mươi" (25, 24) or "linh" (104).</summary>
    private static bool Fits(string word, decimal last, bool afterLinh) =>
        word is not ("lam" or "nham" or "tu") || last == 10 || afterLinh;
}
