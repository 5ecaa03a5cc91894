using CsCheck;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Tests.Parsing;

/// <summary>A price far from what the village usually gets is shown back with the usual range.</summary>
public sealed class PriceRangeTests
{
    private static readonly decimal[] Buffaloes = [15_000_000m, 20_000_000m, 25_000_000m, 30_000_000m, 40_000_000m];

    [Theory]
    [InlineData(300_000, true)]
    [InlineData(8_000_000, true)]
    [InlineData(9_000_000, false)]
    [InlineData(25_000_000, false)]
    [InlineData(75_000_000, false)]
    [InlineData(76_000_000, true)]
    public void A_buffalo_price_far_from_the_village_median_is_unusual(long price, bool unusual)
    {
        var check = PriceRange.Check(price, Buffaloes, "buffalo", Quantity.Head);
        Assert.Equal(unusual, check.Unusual);
        Assert.Equal(new UsualRange(17_000_000m, 36_000_000m), check.Usual);
        Assert.Equal("Thường 17–36 triệu/con", PriceRange.Describe(check.Usual!, Quantity.Head));
    }

    [Theory]
    [InlineData("buffalo", "con", 300_000, true, "Thường 10–60 triệu/con")]
    [InlineData("buffalo", "con", 35_000_000, false, "Thường 10–60 triệu/con")]
    [InlineData("cattle", "con", 70_000_000, true, "Thường 10–60 triệu/con")]
    [InlineData("chicken", "con", 250_000, false, "Thường 100–600 nghìn/con")]
    [InlineData("chicken", "con", 50_000, true, "Thường 100–600 nghìn/con")]
    [InlineData("watermelon", "kg", 8_000, false, "Thường 5–30 nghìn/kg")]
    [InlineData("honey", "lit", 500_000, false, "Thường 200–800 nghìn/lít")]
    [InlineData("vegetables", "kg", 120_000, true, "Thường 5–50 nghìn/kg")]
    public void Without_three_earlier_sales_the_default_range_of_the_product_applies(
        string product,
        string unit,
        long price,
        bool unusual,
        string shown
    )
    {
        var check = PriceRange.Check(price, [20_000m, 25_000m], product, unit);
        Assert.Equal(unusual, check.Unusual);
        Assert.Equal(shown, PriceRange.Describe(check.Usual!, unit));
    }

    [Theory]
    [InlineData("other", "con")]
    [InlineData("watermelon", "qua")]
    public void Nothing_known_of_a_product_flags_nothing(string product, string unit) =>
        Assert.Equal(new PriceCheck(false, null), PriceRange.Check(1m, [], product, unit));

    [Fact]
    public void The_usual_range_is_rounded_to_two_figures() =>
        Assert.Equal(
            new UsualRange(15_000_000m, 39_000_000m),
            PriceRange.Usual([15_300_000m, 15_300_000m, 22_000_000m, 38_700_000m, 38_700_000m])
        );

    [Fact]
    public void The_median_price_itself_is_never_unusual() =>
        Gen.Decimal[1_000m, 100_000_000m]
            .Array[3, 30]
            .Sample(
                prices =>
                {
                    var median = prices.Order().ElementAt(prices.Length / 2);
                    Assert.False(PriceRange.Check(median, prices, null, Quantity.Head).Unusual);
                },
                iter: 2000
            );
}
