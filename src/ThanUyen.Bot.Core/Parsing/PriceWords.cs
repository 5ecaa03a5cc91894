namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// The words around a price that say what it is for: "/con", "mỗi con", "1 con" (per unit); "tổng", "hết",
/// "tất cả", "cả hai", "cả 2 con", "cho 2 con" (total); and a quantity said on the way ("cả 2 con", "2 con").
/// When the words say both, the basis is Unknown and the person is asked.
/// </summary>
internal static class PriceWords
{
    public static (PriceBasis Basis, decimal? Quantity, string? Unit) Read(string[] words, bool[] used)
    {
        bool perUnit = false,
            total = false;
        decimal? quantity = null;
        string? unit = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (used[i])
                continue;
            var w = words[i];
            var next = i + 1 < words.Length && !used[i + 1] ? words[i + 1] : "";
            if (w == "/" || (w is "moi" or "1" or "mot" && Quantity.UnitWords.Contains(next)))
            {
                perUnit = true;
                Spans.Use(used, i, 1);
                if (w == "/" && next is "1" or "mot")
                    Spans.Use(used, ++i, 1);
                if (i + 1 < words.Length && Quantity.UnitWords.Contains(words[i + 1]) && !used[i + 1])
                    Spans.Use(used, ++i, 1);
            }
            else if (w is "tong" or "het" || (w, next) is ("don", "gia") or ("tat", "ca"))
            {
                total |= w != "don";
                perUnit |= w == "don";
                Spans.Use(used, i, next is "cong" or "tien" or "ca" or "gia" ? 2 : 1);
            }
            else if (w is "ca" or "cho" && next == "doi")
            {
                (total, quantity) = (true, 2); // "cả đôi": the pair
                Spans.Use(used, i++, 2);
            }
            else if (
                w is "ca" or "cho"
                && next.Length > 0
                && Count(words, used, i + 1, out var n, out var u, out var c)
            )
            {
                (total, quantity, unit) = (true, n, u);
                Spans.Use(used, i, 1 + c);
                i += c;
            }
            else if (Count(words, used, i, out var n2, out var u2, out var c2) && u2 is not null)
            {
                (quantity, unit) = (n2, u2);
                Spans.Use(used, i, c2);
                i += c2 - 1;
            }
        }
        var basis =
            perUnit == total ? PriceBasis.Unknown
            : perUnit ? PriceBasis.PerUnit
            : PriceBasis.Total;
        return (basis, quantity, unit);
    }

    /// <summary>"2 con", "hai", "1,5 tạ" (150 kg): a count and, when said, its unit.</summary>
    private static bool Count(string[] words, bool[] used, int start, out decimal n, out string? unit, out int count)
    {
        unit = null;
        if (!Spans.Number(words, used, start, out n, out count) || n <= 0)
            return false;
        var at = start + count;
        if (at < words.Length && !used[at] && Quantity.UnitWords.Contains(words[at]))
        {
            if (!Quantity.TryParse($"{Words.Join(words, start, count)} {words[at]}", Quantity.Kg, out var q))
                return false;
            (n, unit, count) = (q.Amount, q.Unit, count + 1);
        }
        return true;
    }
}
