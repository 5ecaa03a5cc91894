using System.Text;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Register.Progress;

/// <summary>
/// /project's text for one scope (a commune, or the whole project) since the project started: each indicator
/// against its target, the works by status with their latest %, the models with households, sales and revenue.
/// </summary>
public static class ProjectOverview
{
    public static string Text(
        Stores stores,
        ProgressData data,
        string scope,
        DateOnly today,
        out List<IndicatorRow> rows
    )
    {
        rows = IndicatorRow.For(stores, data, data.ProjectStart, today);
        var sb = new StringBuilder(T.ProjectHeader(scope, data.ProjectStart, today)).Append('\n');
        sb.Append(T.ProjectIndicators).Append('\n');
        foreach (var row in rows)
            sb.Append(T.ProjectIndicatorLine(row)).Append('\n');
        sb.Append('\n')
            .Append(T.ProjectWorks(data.Works.GroupBy(w => w.Status).ToDictionary(g => g.Key, g => g.Count())));
        foreach (var work in data.Works.OrderBy(w => w.Status).ThenBy(w => w.Id))
        {
            var latest = data.Latest(work, today);
            sb.Append('\n')
                .Append(
                    T.ProjectWorkLine(
                        work,
                        data.Villages.GetValueOrDefault(work.VillageId)?.Name,
                        latest?.Facts.Percent
                    )
                );
        }
        sb.Append("\n\n").Append(T.ProjectModels);
        if (data.Models.Count == 0)
            sb.Append('\n').Append(T.ProjectNoModels);
        foreach (var model in data.Models)
        {
            var stats = ModelStats.Of(model, data, data.ProjectStart, today);
            sb.Append('\n').Append(T.ProjectModelLine(model, stats));
        }
        return sb.ToString();
    }

    /// <summary>"12", "45%", "1.200.000 ₫" — an indicator's value as people read it.</summary>
    public static string Format(Indicator indicator, decimal? value) =>
        value is not { } v ? "—"
        : indicator.Share ? $"{Math.Round(v)}%"
        : indicator.Unit == "đồng" ? Money.Format(v)
        : T.Amount(v);
}
