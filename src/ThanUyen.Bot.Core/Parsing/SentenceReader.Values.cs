namespace ThanUyen.Bot.Core.Parsing;

// The values a sentence holds (dates, percents, people, quantities, money), found before its intent.
public static partial class SentenceReader
{
    /// <summary>The values a sentence holds, whatever report it turns out to be.</summary>
    private sealed class Found
    {
        public DateOnly? Date;
        public DateProblem DateProblem;
        public int? Percent,
            Participants,
            Women,
            Workdays;
        public Quantity? Quantity;
        public decimal? Amount;
        public PriceBasis Basis;
        public (int Start, int Count) IntentWords;
    }

    private static readonly HashSet<string> DateStarts =
    [
        "hom",
        "homqua",
        "homnay",
        "homkia",
        "hqua",
        "hnay",
        "ngay",
        "thu",
        "chu",
        "cn",
        "t2",
        "t3",
        "t4",
        "t5",
        "t6",
        "t7",
    ];

    private static void ReadValues(
        string[] words,
        bool[] used,
        DateOnly today,
        string defaultUnit,
        MatchCandidate? product,
        Found found
    )
    {
        for (var i = 0; i < words.Length; i++)
        {
            var daysAgo =
                NumberWords.IsDigitWord(words[i]) && (At(words, i + 1), At(words, i + 2)) is ("ngay" or "hom", "truoc");
            if (
                used[i]
                || !(DateStarts.Contains(words[i]) || daysAgo || (Words.IsDigit(words[i][0]) && words[i].Contains('/')))
            )
                continue;
            for (var count = Spans.Free(used, i, 3); count > 0; count--)
            {
                var problem = VietnameseDate.TryParse(Words.Join(words, i, count), today, out var date);
                if (problem == DateProblem.Unreadable)
                    continue;
                (found.Date, found.DateProblem) = (problem == DateProblem.None ? date : null, problem);
                Spans.Use(used, i, count);
                i = words.Length;
                break;
            }
        }
        for (var i = 0; i < words.Length; i++)
        {
            if (
                used[i]
                || !Spans.Number(words, used, i, out var value, out var count)
                || value != decimal.Truncate(value)
            )
                continue;
            var n = (int)Math.Min(value, int.MaxValue);
            var (a, b) = (At(words, i + count), At(words, i + count + 1));
            var taken = (a, b) switch
            {
                ("%", _) when found.Percent is null => Take(ref found.Percent, n, 1),
                ("phan", "tram") when found.Percent is null => Take(ref found.Percent, n, 2),
                ("nguoi" or "ng", _) when found.Participants is null => Take(ref found.Participants, n, 1),
                ("nu", _) when found.Women is null => Take(ref found.Women, n, 1),
                ("phu", "nu") or ("chi", "em") when found.Women is null => Take(ref found.Women, n, 2),
                ("ngay", "cong") when found.Workdays is null => Take(ref found.Workdays, n, 2),
                _ => 0,
            };
            if (taken > 0)
                Spans.Use(used, i, count + taken);
        }
        var done = Array.FindIndex(words, w => w is "xong" or "hoanthanh");
        var finished = IndexOf(words, used, "hoan", "thanh");
        if (found.Percent is null && ((done >= 0 && !used[done]) || finished >= 0))
            found.Percent = 100;
        var productWords = product is null ? [] : new[] { product.Label }.Concat(product.Synonyms).ToArray();
        for (var i = 0; i < words.Length && found.Quantity is null; i++)
        {
            // "15 triệu 1 con" and "15tr/1 con": a one right after a price is "per head", not the count sold.
            var afterPrice =
                i > 0 && (words[i - 1] == "/" || Spans.IsMoneyWord(words[i - 1])) && words[i] is "1" or "mot";
            if (
                used[i]
                || afterPrice
                || !Spans.Quantity(words, used, i, defaultUnit, productWords, out var q, out var c)
            )
                continue;
            found.Quantity = q;
            Spans.Use(used, i, c);
        }
        if (!MoneyAnswer.TryFind(words, used, out var amount, needMoneyWord: true))
            return;
        found.Amount = amount;
        var (basis, mentioned, unit) = PriceWords.Read(words, used);
        found.Basis = basis;
        if (found.Quantity is null && mentioned is { } m)
            found.Quantity = new Quantity(m, unit ?? defaultUnit);
    }

    private static int Take(ref int? slot, int value, int words)
    {
        slot = value;
        return words;
    }

    private static string At(string[] words, int i) => i < words.Length ? words[i] : "";

    private static int IndexOf(string[] words, bool[] used, string first, string second)
    {
        for (var i = 0; i + 1 < words.Length; i++)
            if (!used[i] && words[i] == first && words[i + 1] == second)
                return i;
        return -1;
    }
}
