namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// The usual unit prices assumed while a village has fewer than <see cref="PriceRange.MinHistory"/> sales of a
/// product: wide on purpose (a price outside is asked about, not refused). Keyed by the product value of
/// SaleReportFlow.Products and the unit (Quantity.Head …): a watermelon sold by the piece has no default.
/// The one place these numbers live.
/// </summary>
public static class DefaultPriceRanges
{
    private static readonly Dictionary<(string Product, string Unit), UsualRange> Ranges = new()
    {
        [("buffalo", Quantity.Head)] = new(10_000_000m, 60_000_000m),
        [("cattle", Quantity.Head)] = new(10_000_000m, 60_000_000m),
        [("chicken", Quantity.Head)] = new(100_000m, 600_000m),
        [("watermelon", Quantity.Kg)] = new(5_000m, 30_000m),
        [("honey", Quantity.Litre)] = new(200_000m, 800_000m),
        [("vegetables", Quantity.Kg)] = new(5_000m, 50_000m),
    };

    public static UsualRange? For(string? product, string unit) =>
        product is not null && Ranges.TryGetValue((product, unit), out var range) ? range : null;
}
