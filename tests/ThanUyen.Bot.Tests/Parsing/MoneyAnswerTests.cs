using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Tests.Parsing;

/// <summary>Issue 15: money answers testers typed on the console, read with what they say the price is for.</summary>
public sealed class MoneyAnswerTests
{
    [Theory]
    [InlineData("30 trieu dong", 30_000_000, PriceBasis.Unknown, null, null)]
    [InlineData("30 triệu đồng", 30_000_000, PriceBasis.Unknown, null, null)]
    [InlineData("30 trieu ca hai", 30_000_000, PriceBasis.Total, 2, null)]
    [InlineData("30 triệu cả hai", 30_000_000, PriceBasis.Total, 2, null)]
    [InlineData("30tr ca 2 con", 30_000_000, PriceBasis.Total, 2, "con")]
    [InlineData("30tr cả đôi", 30_000_000, PriceBasis.Total, 2, null)]
    [InlineData("30 triệu cho 2 con", 30_000_000, PriceBasis.Total, 2, "con")]
    [InlineData("15tr/con", 15_000_000, PriceBasis.PerUnit, null, null)]
    [InlineData("15tr/1 con", 15_000_000, PriceBasis.PerUnit, null, null)]
    [InlineData("15 trieu 1 con", 15_000_000, PriceBasis.PerUnit, null, null)]
    [InlineData("15 triệu một con", 15_000_000, PriceBasis.PerUnit, null, null)]
    [InlineData("mỗi con 15 triệu", 15_000_000, PriceBasis.PerUnit, null, null)]
    [InlineData("moi con 15tr", 15_000_000, PriceBasis.PerUnit, null, null)]
    [InlineData("15 triệu mỗi con", 15_000_000, PriceBasis.PerUnit, null, null)]
    [InlineData("20k/kg", 20_000, PriceBasis.PerUnit, null, null)]
    [InlineData("đơn giá 20 nghìn", 20_000, PriceBasis.PerUnit, null, null)]
    [InlineData("tổng 30 triệu", 30_000_000, PriceBasis.Total, null, null)]
    [InlineData("tong 30tr", 30_000_000, PriceBasis.Total, null, null)]
    [InlineData("tổng cộng 30 triệu", 30_000_000, PriceBasis.Total, null, null)]
    [InlineData("hết 30 triệu", 30_000_000, PriceBasis.Total, null, null)]
    [InlineData("tất cả 30 triệu", 30_000_000, PriceBasis.Total, null, null)]
    [InlineData("30tr 2 con", 30_000_000, PriceBasis.Unknown, 2, "con")]
    [InlineData("ba muoi trieu", 30_000_000, PriceBasis.Unknown, null, null)]
    [InlineData("ba mươi triệu", 30_000_000, PriceBasis.Unknown, null, null)]
    [InlineData("85 ngan", 85_000, PriceBasis.Unknown, null, null)]
    [InlineData("85 nghìn", 85_000, PriceBasis.Unknown, null, null)]
    [InlineData("1 trieu rưỡi", 1_500_000, PriceBasis.Unknown, null, null)]
    [InlineData("1 trieu ruoi", 1_500_000, PriceBasis.Unknown, null, null)]
    [InlineData("triệu rưỡi", 1_500_000, PriceBasis.Unknown, null, null)]
    [InlineData("được 30 triệu", 30_000_000, PriceBasis.Unknown, null, null)]
    [InlineData("1.500.000", 1_500_000, PriceBasis.Unknown, null, null)]
    [InlineData("15000000", 15_000_000, PriceBasis.Unknown, null, null)]
    [InlineData("12tr", 12_000_000, PriceBasis.Unknown, null, null)]
    [InlineData("1tr2", 1_200_000, PriceBasis.Unknown, null, null)]
    [InlineData("2 tạ, 30 triệu", 30_000_000, PriceBasis.Unknown, 200, "kg")]
    [InlineData("tổng 30tr mỗi con 15tr", 30_000_000, PriceBasis.Unknown, null, null)]
    public void A_money_answer_says_the_amount_and_whether_it_is_per_unit_or_the_total(
        string text,
        long amount,
        PriceBasis basis,
        int? quantity,
        string? unit
    )
    {
        Assert.True(MoneyAnswer.TryRead(text, allowZero: false, out var read), text);
        Assert.Equal(new MoneyAnswer(amount, basis, quantity, unit), read);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("khong")]
    [InlineData("không")]
    [InlineData("ko")]
    [InlineData("0 đồng")]
    [InlineData("không có")]
    public void Nothing_put_in_is_zero_only_where_zero_is_allowed(string text)
    {
        Assert.True(MoneyAnswer.TryRead(text, allowZero: true, out var read), text);
        Assert.Equal(0, read.Amount);
        Assert.False(MoneyAnswer.TryRead(text, allowZero: false, out _), text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("12 con bò")]
    [InlineData("2 con")]
    [InlineData("-5tr")]
    [InlineData("999999 tỷ")]
    [InlineData("mỗi con")]
    public void Words_without_an_amount_are_not_money(string text) =>
        Assert.False(MoneyAnswer.TryRead(text, allowZero: true, out _), text);
}
