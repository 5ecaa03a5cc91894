using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Reports.Kinds.Meeting;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Parsing;

/// <summary>Quantities sold and people at a meeting, as testers typed them.</summary>
public sealed class CountTests
{
    private static string[] WordsOf(string product) =>
        TestCatalogue.Products.Where(p => p.Value == product).SelectMany(p => p.Synonyms.Prepend(p.Label)).ToArray();

    [Theory]
    [InlineData("2con", "buffalo", 2, "con")]
    [InlineData("hai con", "buffalo", 2, "con")]
    [InlineData("ba con", "cattle", 3, "con")]
    [InlineData("2 con trau", "buffalo", 2, "con")]
    [InlineData("2 con trâu", "buffalo", 2, "con")]
    [InlineData("2 trâu", "buffalo", 2, "con")]
    [InlineData("3 con bò", "cattle", 3, "con")]
    [InlineData("5 gà đen", "chicken", 5, "con")]
    [InlineData("3 lít mật ong", "honey", 3, "lit")]
    [InlineData("2 tạ dưa hấu", "watermelon", 200, "kg")]
    [InlineData("2", "buffalo", 2, "con")]
    public void The_product_named_after_a_quantity_is_the_one_being_sold(
        string text,
        string product,
        decimal amount,
        string unit
    )
    {
        Assert.True(Quantity.TryParse(text, TestCatalogue.DefaultUnit(product), WordsOf(product), out var q), text);
        Assert.Equal((amount, unit), (q.Amount, q.Unit));
    }

    [Theory]
    [InlineData("2 con trau", "cattle")]
    [InlineData("2 con bò", "buffalo")]
    [InlineData("5 thùng mật ong", "honey")]
    public void Another_product_or_an_odd_unit_is_refused(string text, string product) =>
        Assert.False(Quantity.TryParse(text, TestCatalogue.DefaultUnit(product), WordsOf(product), out _), text);

    [Theory]
    [InlineData("25", 25, null)]
    [InlineData("25 nguoi", 25, null)]
    [InlineData("25 người", 25, null)]
    [InlineData("25nguoi", 25, null)]
    [InlineData("hai muoi lam nguoi", 25, null)]
    [InlineData("25 nguoi, 14 nu", 25, 14)]
    [InlineData("25 người trong đó 14 nữ", 25, 14)]
    [InlineData("25 nguoi 14 phu nu", 25, 14)]
    [InlineData("25 người, nữ 14", 25, 14)]
    [InlineData("25 người: 11 nam, 14 nữ", 25, 14)]
    [InlineData("14 nữ, 25 người", 25, 14)]
    [InlineData("25 người 0 nữ", 25, 0)]
    public void People_at_a_meeting_fill_the_total_and_the_women_in_one_answer(string text, int total, int? women)
    {
        Assert.True(PeopleCount.TryRead(text, out var t, out var w), text);
        Assert.Equal((total, women), (t, w));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("14 nu")]
    [InlineData("25 14")]
    [InlineData("25,5 người")]
    public void A_count_whose_numbers_are_unclear_is_not_guessed(string text) =>
        Assert.False(PeopleCount.TryRead(text, out _, out _), text);
}
