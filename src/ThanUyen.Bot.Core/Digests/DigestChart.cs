using ScottPlot;

namespace ThanUyen.Bot.Core.Digests;

/// <summary>The digest's picture: one panel per kind that draws (revenue by product, progress by work). PNG.</summary>
public static class DigestChart
{
    public const int Width = 800,
        PanelHeight = 450;

    public static byte[] Render(IReadOnlyList<ChartPanel> panels)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(Math.Max(1, panels.Count));
        for (var i = 0; i < panels.Count; i++)
        {
            var panel = panels[i];
            var plot = multiplot.GetPlot(i);
            var bars = plot.Add.Bars(panel.Bars.Select(b => b.Value).ToArray());
            var ticks = Enumerable.Range(0, panel.Bars.Count).Select(n => (double)n).ToArray();
            if (panel.Horizontal)
            {
                bars.Horizontal = true;
                plot.Axes.Left.SetTicks(ticks, panel.Bars.Select(b => Short(b.Label)).ToArray());
                if (panel.Max is { } max)
                    plot.Axes.SetLimitsX(0, max);
            }
            else
            {
                plot.Axes.Bottom.SetTicks(ticks, panel.Bars.Select(b => Plain(b.Label)).ToArray());
                plot.Axes.Margins(bottom: 0);
                if (panel.Max is { } max)
                    plot.Axes.SetLimitsY(0, max);
            }
            plot.Title(panel.Title);
            plot.Font.Set("DejaVu Sans");
        }
        return multiplot.Render(Width, PanelHeight * Math.Max(1, panels.Count)).GetImageBytes(ImageFormat.Png);
    }

    /// <summary>Chart fonts have no emoji: "🐄 Bò" is drawn as "Bò".</summary>
    private static string Plain(string label) =>
        label.Length > 2 && char.IsSurrogate(label[0]) || label.Length > 0 && !char.IsLetterOrDigit(label[0])
            ? label[(label.IndexOf(' ', StringComparison.Ordinal) + 1)..]
            : label;

    private static string Short(string name) => name.Length <= 28 ? name : name[..27] + "…";
}
