using System.Text.RegularExpressions;

namespace ThanUyen.Bot.Core.Parsing;

public enum DateProblem
{
    None,
    Unreadable,
    Future,
    TooOld,
}

/// <summary>
/// "hôm nay", "hôm qua" ("homqua", "hqua"), "hôm kia", "thứ hai" … "chủ nhật" (the latest such day), "15/5",
/// "15/5/2024", "2 ngày trước". "mai", "ngày mai", "ngày kia" are read, as Future. A day and month without a
/// year is this year's: when that is later than today it is Future (typing "2/12" on 1/12 is a slip to correct, never
/// silently last year; the date read is given back with Future so it can be said), unless it is more than
/// <see cref="AheadMeansLastYear"/> days ahead: "28/12" typed on 2 January is last December.
/// </summary>
public static partial class VietnameseDate
{
    public static readonly DateOnly Earliest = new(2020, 1, 1);

    /// <summary>A day-month this far ahead in this year is last year's (at most ~2 months ago).</summary>
    public const int AheadMeansLastYear = 300;

    [GeneratedRegex(@"^(ngay )?(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})(\s*[/.\-]\s*(?<y>\d{2}|\d{4}))?$")]
    private static partial Regex Numeric();

    public static DateProblem TryParse(string? text, DateOnly today, out DateOnly date)
    {
        date = default;
        var key = TextKey.Fold(text).Replace(",", "", StringComparison.Ordinal);
        var words = TextKey.Of(key);
        if (words.StartsWith("ngay hom ", StringComparison.Ordinal))
            words = words[5..];
        DateOnly? found = words switch
        {
            "hom nay" or "homnay" or "hnay" or "nay" or "today" => today,
            "hom qua" or "homqua" or "hqua" or "qua" or "yesterday" => today.AddDays(-1),
            "hom kia" or "homkia" or "kia" => today.AddDays(-2),
            "mai" or "ngay mai" or "sang mai" or "chieu mai" or "toi mai" or "tomorrow" => today.AddDays(1),
            "ngay kia" or "ngay mot" => today.AddDays(2),
            _ => Weekday(words, today) ?? DaysAgo(words, today),
        };
        if (found is null)
        {
            var m = Numeric().Match(key);
            if (!m.Success)
                return DateProblem.Unreadable;
            var day = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var hasYear = m.Groups["y"].Success;
            var year = hasYear
                ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : today.Year;
            if (year < 100)
                year += 2000;
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
                return DateProblem.Unreadable;
            found = new DateOnly(year, month, day);
            // "28/12" typed on 2 January means last December; "2/12" typed on 1 December is ahead, and said so.
            var ahead = found.Value.DayNumber - today.DayNumber;
            if (!hasYear && ahead > AheadMeansLastYear && day <= DateTime.DaysInMonth(year - 1, month))
                found = new DateOnly(year - 1, month, day);
        }
        if (found > today)
        {
            date = found.Value; // said back to the person ("ngày 02/12/2026 ở tương lai"), never stored
            return DateProblem.Future;
        }
        if (found < Earliest)
            return DateProblem.TooOld;
        date = found.Value;
        return DateProblem.None;
    }

    /// <summary>"2 ngày trước", "ba hôm trước": that many days back.</summary>
    private static DateOnly? DaysAgo(string words, DateOnly today)
    {
        foreach (var tail in (string[])[" ngay truoc", " hom truoc"])
        {
            if (
                words.EndsWith(tail, StringComparison.Ordinal)
                && NumberWords.TryParse(words[..^tail.Length], out var n)
                && n == decimal.Truncate(n)
                && n <= 3650
            )
                return today.AddDays(-(int)n);
        }
        return null;
    }

    private static DateOnly? Weekday(string words, DateOnly today)
    {
        var w = words.StartsWith("thu ", StringComparison.Ordinal) ? words[4..] : words;
        DayOfWeek? day = w switch
        {
            "hai" or "2" or "t2" => DayOfWeek.Monday,
            "ba" or "3" or "t3" => DayOfWeek.Tuesday,
            "tu" or "4" or "t4" => DayOfWeek.Wednesday,
            "nam" or "5" or "t5" => DayOfWeek.Thursday,
            "sau" or "6" or "t6" => DayOfWeek.Friday,
            "bay" or "7" or "t7" => DayOfWeek.Saturday,
            "chu nhat" or "cn" => DayOfWeek.Sunday,
            _ => null,
        };
        if (words == "chu nhat" || words == "cn")
            day = DayOfWeek.Sunday;
        if (day is null || (w == words && w.Length == 1))
            return null;
        var back = ((int)today.DayOfWeek - (int)day.Value + 7) % 7;
        return today.AddDays(-back);
    }

    /// <summary>"15/05/2026".</summary>
    public static string Format(DateOnly date) =>
        date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
