using ScottPlot;

namespace ThanUyen.Bot.Core.Digests;

/// <summary>The digest's picture: revenue by product on top, progress by sub-project below. PNG, 800 × 900.</summary>
public static class DigestChart
{
    public const int Width = 800,
        Height = 900;

    public static byte[] Render(DigestFigures figures)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);

        var revenue = multiplot.GetPlot(0);
        var products = figures.RevenueByProduct;
        revenue.Add.Bars(products.Select(p => (double)(p.Revenue / 1_000_000m)).ToArray());
        revenue.Axes.Bottom.SetTicks(
            Enumerable.Range(0, products.Count).Select(i => (double)i).ToArray(),
            products.Select(p => Plain(p.Product)).ToArray()
        );
        revenue.Axes.Margins(bottom: 0);
        revenue.Title(T.ChartRevenueTitle);

        var progress = multiplot.GetPlot(1);
        var works = figures.ProgressBySubProject;
        var bars = progress.Add.Bars(works.Select(w => (double)w.Percent).ToArray());
        bars.Horizontal = true;
        progress.Axes.Left.SetTicks(
            Enumerable.Range(0, works.Count).Select(i => (double)i).ToArray(),
            works.Select(w => Short(w.SubProject)).ToArray()
        );
        progress.Axes.SetLimitsX(0, 100);
        progress.Title(T.ChartProgressTitle);

        foreach (var plot in new[] { revenue, progress })
            plot.Font.Set("DejaVu Sans");
        return multiplot.Render(Width, Height).GetImageBytes(ImageFormat.Png);
    }

    /// <summary>Chart fonts have no emoji: "🐄 Bò" is drawn as "Bò".</summary>
    private static string Plain(string label) =>
        label.Length > 2 && char.IsSurrogate(label[0]) || label.Length > 0 && !char.IsLetterOrDigit(label[0])
            ? label[(label.IndexOf(' ', StringComparison.Ordinal) + 1)..]
            : label;

    private static string Short(string name) => name.Length <= 28 ? name : name[..27] + "…";
}
