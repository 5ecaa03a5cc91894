using System.Globalization;

namespace ThanUyen.Bot.Bench;

/// <summary>Median and range of repeated runs, formatted for the table.</summary>
public static class Stats
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1
            ? sorted[sorted.Count / 2]
            : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Clamp(Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>"1,234/s (median of 5; 1,100–1,300)".</summary>
    public static string Rate(IReadOnlyList<double> perSecond) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Median(perSecond):N0}/s (median of {perSecond.Count}; {perSecond.Min():N0}–{perSecond.Max():N0})"
        );

    /// <summary>"62 % (median of 5; 58–66 %)".</summary>
    public static string Percent(IReadOnlyList<double> ratios) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Median(ratios) * 100:0} % (median of {ratios.Count}; {ratios.Min() * 100:0}–{ratios.Max() * 100:0} %)"
        );

    /// <summary>"12 ms (median of 5; 10–15 ms)".</summary>
    public static string Millis(IReadOnlyList<double> ms) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Median(ms):0} ms (median of {ms.Count}; {ms.Min():0}–{ms.Max():0} ms)"
        );

    /// <summary>"180 µs (median of 5; 170–200 µs)".</summary>
    public static string Micros(IReadOnlyList<double> us) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Median(us):N0} µs (median of {us.Count}; {us.Min():N0}–{us.Max():N0} µs)"
        );
}
