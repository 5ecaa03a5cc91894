namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// A money answer as people give it: the amount, whether they said it is per unit or the total, and a quantity
/// they mentioned on the way. "15tr/con" → 15.000.000, PerUnit; "30tr cả 2 con" → 30.000.000, Total, 2 con;
/// "30 triệu đồng" → Unknown (ask per unit or total). Words the reader does not know are ignored ("được 30 triệu").
/// <see cref="QuantityMentioned"/> is in the unit of <see cref="UnitMentioned"/> (Quantity.Head, Kg … with tạ and
/// yến already in kg), or a bare count when the unit was not said ("cả hai": 2, null).
/// </summary>
public sealed record MoneyAnswer(decimal Amount, PriceBasis Basis, decimal? QuantityMentioned, string? UnitMentioned)
{
    private static readonly HashSet<string> ZeroWords =
    [
        "0",
        "khong",
        "ko",
        "k",
        "khong co",
        "ko co",
        "k co",
        "chua co",
        "khong co gi",
        "khong dong nao",
        "chua",
    ];

    /// <summary>
    /// Reads <paramref name="text"/>. A zero ("0", "không", "ko", "0 đồng") is an answer only with
    /// <paramref name="allowZero"/> (what people put in: "nothing"); otherwise the amount is above zero.
    /// Minimums (a slip like "12" for 12 triệu) stay the caller's check.
    /// </summary>
    public static bool TryRead(string? text, bool allowZero, out MoneyAnswer answer)
    {
        answer = new MoneyAnswer(0, PriceBasis.Unknown, null, null);
        var words = Words.Of(text);
        if (allowZero && IsZero(words))
            return true;
        var used = new bool[words.Length];
        if (!TryFind(words, used, out var amount))
            return false;
        var (basis, quantity, unit) = PriceWords.Read(words, used);
        answer = new MoneyAnswer(amount, basis, quantity, unit);
        return true;
    }

    /// <summary>
    /// The first amount with a money word ("30tr", "85 nghìn"), else the first bare number not claimed by a unit
    /// ("15000000" is money, the 2 of "2 con" is not). Marks its words used.
    /// </summary>
    internal static bool TryFind(string[] words, bool[] used, out decimal amount, bool needMoneyWord = false)
    {
        foreach (var strict in needMoneyWord ? [true] : new[] { true, false })
        {
            for (var i = 0; i < words.Length; i++)
            {
                if (!used[i] && Spans.Money(words, used, i, strict, out amount, out var count))
                {
                    Spans.Use(used, i, count);
                    return true;
                }
            }
        }
        amount = 0;
        return false;
    }

    private static bool IsZero(string[] words)
    {
        var count = words.Length > 1 && words[^1] is "dong" or "d" or "vnd" ? words.Length - 1 : words.Length;
        return ZeroWords.Contains(Words.Join(words, 0, count));
    }
}
