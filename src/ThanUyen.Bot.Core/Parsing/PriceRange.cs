namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// Is a unit price plausible? With at least <see cref="MinHistory"/> earlier unit prices of the same product
/// (and unit), a price below a third of their median or above three times it is unusual, and the usual range
/// shown is their 10th–90th percentile, rounded to two significant figures. With fewer, the product's
/// <see cref="DefaultPriceRanges"/> entry is the usual range and a price outside it is unusual. Unusual means
/// "show it back and confirm" ("2 con trâu — 300.000 ₫? Thường 15–40 triệu/con"), never refuse.
/// </summary>
public static class PriceRange
{
    public const int MinHistory = 3;
    public const decimal FarFactor = 3m;

    public static PriceCheck Check(decimal unitPrice, IReadOnlyList<decimal> earlier, string? product, string unit)
    {
        var prices = earlier.Where(p => p > 0).Order().ToList();
        if (prices.Count >= MinHistory)
        {
            var median = Percentile(prices, 0.5m);
            var far = unitPrice < median / FarFactor || unitPrice > median * FarFactor;
            return new PriceCheck(far, Usual(prices));
        }
        return DefaultPriceRanges.For(product, unit) is { } usual
            ? new PriceCheck(unitPrice < usual.Low || unitPrice > usual.High, usual)
            : new PriceCheck(false, null);
    }

    /// <summary>The 10th–90th percentile of the prices, each rounded to two significant figures.</summary>
    public static UsualRange Usual(IReadOnlyList<decimal> prices)
    {
        var sorted = prices.Order().ToList();
        return new UsualRange(Round(Percentile(sorted, 0.1m)), Round(Percentile(sorted, 0.9m)));
    }

    /// <summary>"Thường 15–40 triệu/con", "Thường 100–600 nghìn/con", "Thường 5–30 nghìn/kg".</summary>
    public static string Describe(UsualRange range, string unit)
    {
        var (scale, word) = range.High switch
        {
            >= 1_000_000_000m => (1_000_000_000m, "tỷ"),
            >= 1_000_000m => (1_000_000m, "triệu"),
            >= 1_000m => (1_000m, "nghìn"),
            _ => (1m, "đồng"),
        };
        string Short(decimal v) => VietnameseNumber.Format(decimal.Round(v / scale, 2));
        return T.UsualPrice(Short(range.Low), Short(range.High), word, Quantity.UnitName(unit));
    }

    /// <summary>Linear interpolation between the closest ranks of a sorted list.</summary>
    private static decimal Percentile(List<decimal> sorted, decimal p)
    {
        var rank = p * (sorted.Count - 1);
        var below = (int)decimal.Floor(rank);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }

    private static decimal Round(decimal value)
    {
        if (value <= 0)
            return 0;
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)value)) - 1);
        return decimal.Round(value / magnitude, 0, MidpointRounding.AwayFromZero) * magnitude;
    }
}
