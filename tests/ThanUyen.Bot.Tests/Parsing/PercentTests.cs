using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Tests.Parsing;

public sealed class PercentTests
{
    [Theory]
    [InlineData("40%", 40)]
    [InlineData("40 %", 40)]
    [InlineData("40", 40)]
    [InlineData("duoc 40% roi", 40)]
    [InlineData("được 40% rồi", 40)]
    [InlineData("40 phan tram", 40)]
    [InlineData("bon muoi phan tram", 40)]
    [InlineData("bốn mươi phần trăm", 40)]
    [InlineData("40% năm nay", 40)]
    [InlineData("33,5%", 34)]
    [InlineData("100%", 100)]
    [InlineData("xong", 100)]
    [InlineData("xong roi", 100)]
    [InlineData("hoan thanh", 100)]
    [InlineData("Hoàn thành rồi", 100)]
    [InlineData("0%", 0)]
    [InlineData("150%", 150)]
    public void Progress_is_read_as_people_say_it(string text, int expected)
    {
        Assert.True(Percent.TryParse(text, out var percent), text);
        Assert.Equal(expected, percent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("40 50")]
    [InlineData("40% 50%")]
    public void Unclear_progress_is_refused(string text) => Assert.False(Percent.TryParse(text, out _), text);

    [Theory]
    [InlineData("40%", 40)]
    [InlineData("40 %", 40)]
    [InlineData("25người", 25)]
    [InlineData("25 người", 25)]
    [InlineData("hai mươi lăm người", 25)]
    [InlineData("không", 0)]
    public void A_whole_number_may_have_a_sign_or_word_glued_after_it(string text, int expected)
    {
        // "40%" was refused with "Cần một con số" while "40 %" was read.
        Assert.True(VietnameseNumber.TryParseWhole(text, out var n), text);
        Assert.Equal(expected, n);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("abc")]
    [InlineData("lam")]
    public void What_is_not_a_whole_number_is_still_refused(string text) =>
        Assert.False(VietnameseNumber.TryParseWhole(text, out _), text);
}
