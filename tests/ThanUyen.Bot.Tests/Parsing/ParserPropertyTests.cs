using CsCheck;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Tests.Parsing;

/// <summary>parse(format(x)) = x, for thousands of generated values.</summary>
public sealed class ParserPropertyTests
{
    private static readonly SentenceCatalogue Catalogue = new(
        [new("buffalo", "🐃 Trâu", ["trau"]), new("chicken", "🐔 Gà đen", ["ga"])],
        _ => Quantity.Head,
        [new("trader", "🚚 Thương lái")],
        [new("meeting", "🏘️ Họp bản", ["hop ban", "hop"])],
        [new("bees", "🐝 Nuôi ong", ["ong"])],
        [new("1", "Đường Pá Khôm")]
    );

    [Fact]
    public void Sentences_made_of_report_words_never_throw_and_fill_only_valid_values() =>
        Gen.OneOfConst(
                "ban",
                "trau",
                "2con",
                "hom",
                "qua",
                "30",
                "trieu",
                "/",
                "con",
                "ca",
                "hai",
                "moi",
                "%",
                "hop",
                "nguoi",
                "nu",
                "tien",
                "do",
                "15/5",
                "ngay",
                "mai",
                "1tr2",
                "muoi",
                "ruoi",
                "-"
            )
            .Array[0, 12]
            .Sample(
                words =>
                {
                    var read = SentenceReader.Read(string.Join(' ', words), new DateOnly(2026, 11, 29), Catalogue);
                    if (read.Slots.TryGetValue("amount", out var amount))
                        Assert.InRange(
                            decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture),
                            1,
                            Money.Max
                        );
                    if (read.Slots.TryGetValue("quantity", out var quantity))
                        Assert.True(Quantity.FromStored(quantity).Amount > 0);
                    if (read.Slots.TryGetValue("date", out var date))
                        Assert.True(DateOnly.ParseExact(date, "yyyy-MM-dd", null) <= new DateOnly(2026, 11, 29));
                },
                iter: 5000
            );

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
                if (MoneyAnswer.TryRead(text, allowZero: true, out var answer))
                    Assert.InRange(answer.Amount, 0, Money.Max);
                if (PeopleCount.TryRead(text, out var total, out var women))
                    Assert.True(total >= 0 && women is null or >= 0);
                if (NumberWords.TryParse(text, out var number))
                    Assert.True(number >= 0);
                _ = Percent.TryParse(text, out _);
                _ = VietnameseNumber.TryParseWhole(text, out _);
                _ = SkipWords.IsSkip(text);
                _ = ConfirmWords.Read(text);
                _ = WeekWords.IsLastWeek(text);
                _ = OptionMatcher.Match(text, [new("a", "🐃 Trâu", ["trau"]), new("b", "Thẩm Phé")]);
                var sentence = SentenceReader.Read(text, new DateOnly(2026, 11, 29), Catalogue);
                Assert.All(sentence.Slots.Values, v => Assert.False(string.IsNullOrEmpty(v)));
            },
            iter: 5000
        );
}
