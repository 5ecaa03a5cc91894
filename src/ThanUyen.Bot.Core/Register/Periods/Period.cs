using System.Globalization;
using System.Text.RegularExpressions;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Register.Periods;

/// <summary>
/// A reporting period, days inclusive: a quarter ("2026-Q3", "quy 3/2026"), a year ("2026"), or a range
/// ("from 1/10 to 31/12", "tu 1/10/2026 den 31/12/2026"; without a year, this year). Compared with the period
/// before it: the quarter or year before, or as many days just before a range.
/// </summary>
public sealed partial record Period(DateOnly From, DateOnly To, string Label, string FileLabel)
{
    [GeneratedRegex(@"^(?:quarter|quy|q)?\s*(\d{4})\s*-?\s*q([1-4])$|^(?:quarter|quy|q)\s*([1-4])\s*[/ -]\s*(\d{4})$")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(?:year|nam)?\s*(\d{4})$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?:from|tu)?\s*(\S+)\s*(?:to|den|toi|-)\s*(\S+)$")]
    private static partial Regex Range();

    private static readonly string[] DayFormats = ["d/M/yyyy", "d/M/yy", "yyyy-MM-dd", "d-M-yyyy"];

    public int Days => To.DayNumber - From.DayNumber + 1;

    public static Period OfQuarter(int year, int quarter)
    {
        var from = new DateOnly(year, (3 * quarter) - 2, 1);
        return new(from, from.AddMonths(3).AddDays(-1), $"Quý {quarter}/{year}", $"{year}-Q{quarter}");
    }

    public static Period OfYear(int year) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"Năm {year}", $"{year}");

    public static Period OfRange(DateOnly from, DateOnly to) =>
        new(from, to, $"{from:dd'/'MM'/'yyyy} – {to:dd'/'MM'/'yyyy}", $"{from:yyyyMMdd}-{to:yyyyMMdd}");

    public Period Previous =>
        FileLabel.Contains("-Q", StringComparison.Ordinal)
            ? OfQuarter(From.AddMonths(-3).Year, ((From.AddMonths(-3).Month - 1) / 3) + 1)
        : FileLabel.Length == 4 ? OfYear(From.Year - 1)
        : OfRange(From.AddDays(-Days), From.AddDays(-1));

    /// <summary>The period, or null when the words name none (then show the usage).</summary>
    public static Period? Parse(string text, DateOnly today)
    {
        var key = TextKey.Fold(text).Trim();
        if (Quarter().Match(key) is { Success: true } q)
        {
            var year = int.Parse(
                q.Groups[1].Success ? q.Groups[1].Value : q.Groups[4].Value,
                CultureInfo.InvariantCulture
            );
            var quarter = int.Parse(
                q.Groups[2].Success ? q.Groups[2].Value : q.Groups[3].Value,
                CultureInfo.InvariantCulture
            );
            return year is >= 2000 and <= 2100 ? OfQuarter(year, quarter) : null;
        }
        if (Year().Match(key) is { Success: true } y)
        {
            var year = int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture);
            return year is >= 2000 and <= 2100 ? OfYear(year) : null;
        }
        if (
            Range().Match(key) is { Success: true } r
            && Day(r.Groups[1].Value, today) is { } from
            && Day(r.Groups[2].Value, today) is { } to
        )
            return from <= to ? OfRange(from, to) : null;
        return null;
    }

    private static DateOnly? Day(string text, DateOnly today)
    {
        if (DateOnly.TryParseExact(text, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        return DateOnly.TryParseExact(
            $"{text}/{today.Year}",
            "d/M/yyyy",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out day
        )
            ? day
            : null;
    }
}
