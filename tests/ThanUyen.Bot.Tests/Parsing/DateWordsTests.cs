using System.Globalization;
using CsCheck;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Tests.Parsing;

/// <summary>Issue 15: a date ahead is said to be ahead, never silently moved a year back.</summary>
public sealed class DateWordsTests
{
    [Theory]
    [InlineData("2/12", "2026-12-01", DateProblem.Future)]
    [InlineData("02/12", "2026-12-01", DateProblem.Future)]
    [InlineData("28/12", "2026-11-25", DateProblem.Future)]
    [InlineData("mai", "2026-11-25", DateProblem.Future)]
    [InlineData("ngay mai", "2026-11-25", DateProblem.Future)]
    [InlineData("ngày mai", "2026-11-25", DateProblem.Future)]
    [InlineData("ngày kia", "2026-11-25", DateProblem.Future)]
    [InlineData("1/12", "2026-12-01", DateProblem.None)]
    [InlineData("30/11", "2026-12-01", DateProblem.None)]
    public void A_day_ahead_of_today_is_in_the_future(string text, string today, DateProblem expected) =>
        Assert.Equal(expected, VietnameseDate.TryParse(text, Day(today), out _));

    [Theory]
    [InlineData("28/12", "2026-01-02", "2025-12-28")]
    [InlineData("15/11", "2026-01-10", "2025-11-15")]
    [InlineData("homqua", "2026-11-25", "2026-11-24")]
    [InlineData("hom qua", "2026-11-25", "2026-11-24")]
    [InlineData("hôm qua", "2026-11-25", "2026-11-24")]
    [InlineData("qua", "2026-11-25", "2026-11-24")]
    [InlineData("hqua", "2026-11-25", "2026-11-24")]
    [InlineData("ngày hôm qua", "2026-11-25", "2026-11-24")]
    [InlineData("homnay", "2026-11-25", "2026-11-25")]
    [InlineData("2 ngày trước", "2026-11-25", "2026-11-23")]
    [InlineData("ba hom truoc", "2026-11-25", "2026-11-22")]
    public void Past_days_are_read_as_typed(string text, string today, string expected)
    {
        Assert.Equal(DateProblem.None, VietnameseDate.TryParse(text, Day(today), out var date));
        Assert.Equal(Day(expected), date);
    }

    [Fact]
    public void A_day_and_month_at_most_300_days_ahead_is_future_and_further_is_last_year() =>
        Gen.Select(Gen.Int[0, 3000], Gen.Int[1, 400])
            .Sample(
                (start, ahead) =>
                {
                    var today = new DateOnly(2021, 1, 1).AddDays(start);
                    var date = today.AddDays(ahead);
                    if (date.Year != today.Year)
                        return;
                    var typed = $"{date.Day}/{date.Month}";
                    var problem = VietnameseDate.TryParse(typed, today, out var read);
                    if (ahead <= VietnameseDate.AheadMeansLastYear)
                        Assert.Equal(DateProblem.Future, problem);
                    else if (date.Month != 2 || date.Day != 29)
                        Assert.Equal(date.AddYears(-1), read);
                },
                iter: 3000
            );

    [Theory]
    [InlineData("tuan truoc", true)]
    [InlineData("tuần trước", true)]
    [InlineData("Tuần trước", true)]
    [InlineData("tuantruoc", true)]
    [InlineData("tuần rồi", true)]
    [InlineData("last", true)]
    [InlineData("tuan nay", false)]
    [InlineData("truoc do", false)]
    public void Last_week_has_its_words(string text, bool expected) =>
        Assert.Equal(expected, WeekWords.IsLastWeek(text));

    [Fact]
    public void A_command_loses_its_last_week_words_and_keeps_the_rest()
    {
        var words = new List<string> { "tuần", "trước", "pha", "mu" };
        Assert.True(WeekWords.TakeLastWeek(words));
        Assert.Equal(["pha", "mu"], words);
        Assert.False(WeekWords.TakeLastWeek(words));
        Assert.True(WeekWords.IsThisWeek("tuần này"));
    }

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
