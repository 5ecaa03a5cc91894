using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Tests.Parsing;

public sealed class ParsingTests
{
    [Theory]
    [InlineData("12tr", 12_000_000)]
    [InlineData("12 tr", 12_000_000)]
    [InlineData("12 triệu", 12_000_000)]
    [InlineData("12 trieu", 12_000_000)]
    [InlineData("12 TRIỆU", 12_000_000)]
    [InlineData("1,2 triệu", 1_200_000)]
    [InlineData("1.2 trieu", 1_200_000)]
    [InlineData("1tr2", 1_200_000)]
    [InlineData("12tr500", 12_500_000)]
    [InlineData("500k", 500_000)]
    [InlineData("500 K", 500_000)]
    [InlineData("500 nghìn", 500_000)]
    [InlineData("500 ngan", 500_000)]
    [InlineData("1.500.000", 1_500_000)]
    [InlineData("1.500.000đ", 1_500_000)]
    [InlineData("1.500.000 đồng", 1_500_000)]
    [InlineData("1500000", 1_500_000)]
    [InlineData("1,500,000", 1_500_000)]
    [InlineData("2 tỷ", 2_000_000_000)]
    [InlineData("1,25 triệu", 1_250_000)]
    [InlineData("36 củ", 36_000_000)]
    [InlineData("30 trieu dong", 30_000_000)]
    [InlineData("30 triệu đồng", 30_000_000)]
    [InlineData("ba muoi trieu", 30_000_000)]
    [InlineData("ba mươi triệu", 30_000_000)]
    [InlineData("85 ngan", 85_000)]
    [InlineData("85 nghìn", 85_000)]
    [InlineData("1 trieu rưỡi", 1_500_000)]
    [InlineData("1 trieu ruoi", 1_500_000)]
    [InlineData("1tr rưỡi", 1_500_000)]
    [InlineData("hai trăm nghìn đồng", 200_000)]
    public void Money_is_read_the_way_people_type_it(string text, long expected)
    {
        Assert.True(Money.TryParse(text, out var amount), text);
        Assert.Equal(expected, amount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("12 con bò")]
    [InlineData("-5tr")]
    [InlineData("0")]
    [InlineData("999999 tỷ")]
    [InlineData("1..5")]
    [InlineData("khong")]
    [InlineData("30 trieu ca hai")]
    [InlineData("rưỡi")]
    public void Money_that_cannot_be_read_is_refused(string text) => Assert.False(Money.TryParse(text, out _));

    [Theory]
    [InlineData("3 con", "cattle", 3, "con")]
    [InlineData("3", "cattle", 3, "con")]
    [InlineData("1,5 tạ", "watermelon", 150, "kg")]
    [InlineData("1,5 ta", "watermelon", 150, "kg")]
    [InlineData("3 yến", "vegetables", 30, "kg")]
    [InlineData("3 yen", "vegetables", 30, "kg")]
    [InlineData("2 tấn", "watermelon", 2000, "kg")]
    [InlineData("200kg", "watermelon", 200, "kg")]
    [InlineData("200 ký", "watermelon", 200, "kg")]
    [InlineData("50 quả", "watermelon", 50, "qua")]
    [InlineData("50 qua", "watermelon", 50, "qua")]
    [InlineData("5 lít", "honey", 5, "lit")]
    [InlineData("2,5", "honey", 2.5, "lit")]
    [InlineData("1.200 kg", "watermelon", 1200, "kg")]
    [InlineData("2con", "buffalo", 2, "con")]
    [InlineData("hai con", "buffalo", 2, "con")]
    [InlineData("ba con", "cattle", 3, "con")]
    [InlineData("hai tạ", "watermelon", 200, "kg")]
    public void Quantities_carry_their_unit_and_weights_become_kilograms(
        string text,
        string product,
        decimal amount,
        string unit
    )
    {
        Assert.True(
            Quantity.TryParse(
                text,
                product switch
                {
                    "cattle" or "buffalo" or "chicken" => Quantity.Head,
                    "honey" => Quantity.Litre,
                    _ => Quantity.Kg,
                },
                out var q
            ),
            text
        );
        Assert.Equal((amount, unit), (q.Amount, q.Unit));
    }

    [Theory]
    [InlineData("1,5 con")]
    [InlineData("con")]
    [InlineData("0 kg")]
    [InlineData("5 thùng")]
    public void Odd_quantities_are_refused(string text) => Assert.False(Quantity.TryParse(text, Quantity.Head, out _));

    // Today is Wednesday 25 November 2026.
    [Theory]
    [InlineData("hôm nay", "2026-11-25")]
    [InlineData("hom nay", "2026-11-25")]
    [InlineData("Hôm qua", "2026-11-24")]
    [InlineData("hom qua", "2026-11-24")]
    [InlineData("hôm kia", "2026-11-23")]
    [InlineData("hom kia", "2026-11-23")]
    [InlineData("thứ hai", "2026-11-23")]
    [InlineData("thu hai", "2026-11-23")]
    [InlineData("thứ 2", "2026-11-23")]
    [InlineData("t2", "2026-11-23")]
    [InlineData("thứ ba", "2026-11-24")]
    [InlineData("thứ tư", "2026-11-25")]
    [InlineData("thu tu", "2026-11-25")]
    [InlineData("thứ năm", "2026-11-19")]
    [InlineData("thứ sáu", "2026-11-20")]
    [InlineData("thứ bảy", "2026-11-21")]
    [InlineData("thu bay", "2026-11-21")]
    [InlineData("chủ nhật", "2026-11-22")]
    [InlineData("chu nhat", "2026-11-22")]
    [InlineData("CN", "2026-11-22")]
    [InlineData("15/5", "2026-05-15")]
    [InlineData("15-5", "2026-05-15")]
    [InlineData("ngày 15/5", "2026-05-15")]
    [InlineData("15/5/2024", "2024-05-15")]
    [InlineData("15/05/24", "2024-05-15")]
    public void Dates_are_read_relative_to_today(string text, string expected)
    {
        var today = new DateOnly(2026, 11, 25);
        Assert.Equal(DateProblem.None, VietnameseDate.TryParse(text, today, out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("26/11/2026", DateProblem.Future)]
    [InlineData("1/1/2030", DateProblem.Future)]
    [InlineData("31/2", DateProblem.Unreadable)]
    [InlineData("mai", DateProblem.Future)]
    [InlineData("28/12", DateProblem.Future)]
    [InlineData("15/5/2019", DateProblem.TooOld)]
    public void Impossible_or_future_dates_are_refused(string text, DateProblem problem) =>
        Assert.Equal(problem, VietnameseDate.TryParse(text, new DateOnly(2026, 11, 25), out _));

    [Theory]
    [InlineData("có", true)]
    [InlineData("co", true)]
    [InlineData("Ừ", true)]
    [InlineData("u", true)]
    [InlineData("ok", true)]
    [InlineData("đúng", true)]
    [InlineData("dung", true)]
    [InlineData("vâng", true)]
    [InlineData("không", false)]
    [InlineData("khong", false)]
    [InlineData("ko", false)]
    [InlineData("sai", false)]
    public void Yes_and_no_in_everyday_words(string text, bool expected) =>
        Assert.Equal(expected, YesNo.TryParse(text));

    [Theory]
    [InlineData("1.500.000", 1_500_000)]
    [InlineData("1,5", 1.5)]
    [InlineData("1.5", 1.5)]
    [InlineData("25", 25)]
    [InlineData("0,25", 0.25)]
    public void Numbers_use_Vietnamese_separators(string text, decimal expected)
    {
        Assert.True(VietnameseNumber.TryParse(text, out var n));
        Assert.Equal(expected, n);
    }

    [Theory]
    [InlineData("Thẩm Phé", "tham phe")]
    [InlineData("ĐƯỜNG", "duong")]
    [InlineData("🐄 Bò", "bo")]
    [InlineData("Pá-Khôm!", "pa khom")]
    public void Text_keys_ignore_case_diacritics_and_icons(string text, string key) =>
        Assert.Equal(key, TextKey.Of(text));

    [Fact]
    public void Amounts_never_lose_precision()
    {
        Assert.True(Money.TryParse("1,234567 triệu", out var amount));
        Assert.Equal(1_234_567m, amount);
        Assert.Equal("1.234.567 ₫", Money.Format(amount));
        Assert.Equal("1,25 triệu", Money.FormatShort(1_250_000m));
    }
}
