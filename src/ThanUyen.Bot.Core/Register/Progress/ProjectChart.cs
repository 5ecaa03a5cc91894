using ScottPlot;

namespace ThanUyen.Bot.Core.Register.Progress;

/// <summary>
/// Target against achieved, one pair of bars per indicator that has a target: the target is 100 % (grey), the
/// achieved bar its share of it. Indicators count different things; as shares of their targets they fit one
/// axis. PNG, DejaVu font as the digest chart.
/// </summary>
public static class ProjectChart
{
    public const int Width = 900;

    /// <summary>Null when no indicator has a target: nothing to compare.</summary>
    public static byte[]? Render(string title, IReadOnlyList<IndicatorRow> rows)
    {
        var shown = rows.Where(r => r.Target is > 0).ToList();
        if (shown.Count == 0)
            return null;
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var i = 0; i < shown.Count; i++)
        {
            var position = shown.Count - 1 - i; // first indicator on top
            bars.Add(
                new Bar
                {
                    Position = position,
                    Value = 100,
                    FillColor = Colors.LightGray,
                    Size = 0.8,
                }
            );
            bars.Add(
                new Bar
                {
                    Position = position,
                    Value = (double)Math.Min(shown[i].Percent ?? 0, 150),
                    FillColor = Colors.SteelBlue,
                    Size = 0.5,
                    Label = $"{Math.Round(shown[i].Percent ?? 0)}%",
                }
            );
        }
        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        series.ValueLabelStyle.FontName = "DejaVu Sans";
        plot.Axes.Left.SetTicks(
            Enumerable.Range(0, shown.Count).Select(n => (double)(shown.Count - 1 - n)).ToArray(),
            shown.Select(r => Short(r.Indicator.Name)).ToArray()
        );
        plot.Axes.SetLimitsX(0, Math.Max(110, (double)shown.Max(r => Math.Min(r.Percent ?? 0, 150)) + 10));
        plot.Title(title);
        plot.XLabel(T.ChartPercentOfTarget);
        plot.Font.Set("DejaVu Sans");
        return plot.GetImageBytes(Width, Height(shown.Count), ImageFormat.Png);
    }

    public static int Height(int indicators) => 120 + (50 * indicators);

    private static string Short(string name) => name.Length <= 30 ? name : name[..29] + "…";
}
