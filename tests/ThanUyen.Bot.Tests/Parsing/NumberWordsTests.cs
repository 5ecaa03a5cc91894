using System.Globalization;
using CsCheck;
using Humanizer;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Tests.Parsing;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("khong", 0)]
    [InlineData("không", 0)]
    [InlineData("mot", 1)]
    [InlineData("một", 1)]
    [InlineData("hai", 2)]
    [InlineData("ba", 3)]
    [InlineData("bon", 4)]
    [InlineData("bốn", 4)]
    [InlineData("nam", 5)]
    [InlineData("sau", 6)]
    [InlineData("bay", 7)]
    [InlineData("tam", 8)]
    [InlineData("chin", 9)]
    [InlineData("muoi", 10)]
    [InlineData("mười", 10)]
    [InlineData("mười lăm", 15)]
    [InlineData("muoi lam", 15)]
    [InlineData("hai muoi lam", 25)]
    [InlineData("hai mươi lăm", 25)]
    [InlineData("hai mươi mốt", 21)]
    [InlineData("hai mươi tư", 24)]
    [InlineData("ba muoi", 30)]
    [InlineData("ba mươi", 30)]
    [InlineData("bốn mươi", 40)]
    [InlineData("hai chục", 20)]
    [InlineData("tram", 100)]
    [InlineData("một trăm", 100)]
    [InlineData("một trăm linh năm", 105)]
    [InlineData("một trăm lẻ tư", 104)]
    [InlineData("trăm hai", 120)]
    [InlineData("hai trăm rưỡi", 250)]
    [InlineData("nghin", 1_000)]
    [InlineData("nghìn", 1_000)]
    [InlineData("hai nghìn ba", 2_300)]
    [InlineData("ba mươi triệu", 30_000_000)]
    [InlineData("1 triệu rưỡi", 1_500_000)]
    [InlineData("30 nghin", 30_000)]
    public void Numbers_in_words_are_read_with_or_without_marks(string text, long expected)
    {
        Assert.True(NumberWords.TryParse(text, out var value), text);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lam")]
    [InlineData("làm")]
    [InlineData("tu")]
    [InlineData("từ")]
    [InlineData("hai ba")]
    [InlineData("muoi muoi")]
    [InlineData("k")]
    [InlineData("tr")]
    [InlineData("ba con")]
    [InlineData("rưỡi")]
    public void Everyday_words_are_not_numbers(string text) => Assert.False(NumberWords.TryParse(text, out _), text);

    [Fact]
    public void Numbers_spelled_out_by_Humanizer_read_back_to_the_same_number() =>
        Gen.Long[0, 100_000_000_000]
            .Sample(
                n =>
                {
                    var words = n.ToWords(CultureInfo.GetCultureInfo("vi"));
                    Assert.True(NumberWords.TryParse(words, out var read), words);
                    Assert.Equal(n, read);
                },
                iter: 5000
            );

    [Fact]
    public void Small_counts_spelled_out_read_back_as_whole_numbers() =>
        Gen.Int[0, 2000]
            .Sample(
                n =>
                {
                    var words = n.ToWords(CultureInfo.GetCultureInfo("vi"));
                    Assert.True(VietnameseNumber.TryParseWhole(words + " người", out var read), words);
                    Assert.Equal(n, read);
                },
                iter: 2000
            );
}
