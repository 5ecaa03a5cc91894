using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Register.Progress;

namespace ThanUyen.Bot.Core.Register.Periods;

/// <summary>The pictures: target against achieved since the start, revenue by model, works' latest %.</summary>
internal static class PeriodCharts
{
    public static List<(byte[] Png, int Width, int Height)> Render(
        ProgressData data,
        Period period,
        string scope,
        IReadOnlyList<IndicatorRow> cumulative
    )
    {
        var pictures = new List<(byte[], int, int)>();
        if (ProjectChart.Render(T.ProjectChartTitle(scope), cumulative) is { } targets)
            pictures.Add((targets, ProjectChart.Width, ProjectChart.Height(cumulative.Count(r => r.Target > 0))));
        var panels = new List<ChartPanel>();
        var revenue = data
            .Models.Select(m => (m.Name, (double)(ModelStats.Of(m, data, period.From, period.To).Revenue / 1_000_000m)))
            .Where(b => b.Item2 > 0)
            .ToList();
        if (revenue.Count > 0)
            panels.Add(new ChartPanel(T.PeriodRevenueChart(period.Label), revenue));
        var works = data.Works.Select(w => (w.Name, (double)(data.Latest(w, period.To)?.Facts.Percent ?? 0))).ToList();
        if (works.Count > 0)
            panels.Add(new ChartPanel(T.PeriodWorksChart(period.Label), works) { Horizontal = true, Max = 100 });
        if (panels.Count > 0)
            pictures.Add((DigestChart.Render(panels), DigestChart.Width, DigestChart.PanelHeight * panels.Count));
        return pictures;
    }
}
