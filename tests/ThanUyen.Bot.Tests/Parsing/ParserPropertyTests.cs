using CsCheck;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Tests.Parsing;

/// <summary>parse(format(x)) = x, for thousands of generated values.</summary>
public sealed class ParserPropertyTests
{
    [Fact]
    public void Money_formatted_for_people_reads_back_to_the_same_amount() =>
        Gen.Long[1, 100_000_000_000]
            .Sample(
                amount =>
                {
                    Assert.True(Money.TryParse(Money.Format(amount), out var read), Money.Format(amount));
                    Assert.Equal(amount, read);
                },
                iter: 5000
            );

    [Fact]
    public void Short_money_in_millions_reads_back_within_its_rounding() =>
        Gen.Long[1_000_000, 100_000_000_000]
            .Sample(
                amount =>
                {
                    Assert.True(Money.TryParse(Money.FormatShort(amount), out var read), Money.FormatShort(amount));
                    // "1,25 triệu" keeps two decimals of the unit: the reading is exact to that precision.
                    var unit = amount >= 1_000_000_000 ? 1_000_000_000m : 1_000_000m;
                    Assert.Equal(decimal.Round(amount / unit, 2) * unit, read);
                },
                iter: 3000
            );

    [Fact]
    public void Quantities_read_back_with_their_unit() =>
        Gen.Select(
                Gen.Int[1, 1_000_000],
                Gen.Int[0, 999],
                Gen.OneOfConst(Quantity.Kg, Quantity.Litre, Quantity.Head, Quantity.Piece)
            )
            .Sample(
                (whole, thousandths, unit) =>
                {
                    var amount = unit is Quantity.Head or Quantity.Piece ? whole : whole + thousandths / 1000m;
                    if (amount > 1_000_000m)
                        return;
                    var q = new Quantity(amount, unit);
                    Assert.True(Quantity.TryParse(q.ToString(), Quantity.Kg, out var read), q.ToString());
                    Assert.Equal(q, read);
                },
                iter: 5000
            );

    [Fact]
    public void Dates_read_back_as_the_same_day() =>
        Gen.Int[0, 2500]
            .Sample(
                daysBack =>
                {
                    var today = new DateOnly(2026, 11, 29);
                    var date = today.AddDays(-daysBack);
                    if (date < VietnameseDate.Earliest)
                        return;
                    Assert.Equal(
                        DateProblem.None,
                        VietnameseDate.TryParse(VietnameseDate.Format(date), today, out var read)
                    );
                    Assert.Equal(date, read);
                },
                iter: 3000
            );

    [Fact]
    public void Any_string_is_answered_by_the_parsers_without_throwing() =>
        Gen.String.Sample(
            text =>
            {
                if (Money.TryParse(text, out var money))
                    Assert.InRange(money, 1, Money.Max);
                if (Quantity.TryParse(text, Quantity.Kg, out var q))
                    Assert.True(q.Amount > 0);
                if (VietnameseDate.TryParse(text, new DateOnly(2026, 11, 29), out var d) == DateProblem.None)
                    Assert.InRange(d, VietnameseDate.Earliest, new DateOnly(2026, 11, 29));
                _ = YesNo.TryParse(text);
                Assert.DoesNotContain(TextKey.Of(text), c => char.IsUpper(c));
            },
            iter: 5000
        );
}
