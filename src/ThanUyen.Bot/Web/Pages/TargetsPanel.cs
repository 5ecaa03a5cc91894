using System.Globalization;
using ThanUyen.Bot.Core.Register.Progress;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web.Html;
using static ThanUyen.Bot.Web.Html.Tags;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Pages;

/// <summary>
/// Each project target of a scope (a commune, or the whole project for admins) with what was achieved since the
/// project started and a progress bar: the same figures /project computes (<see cref="IndicatorRow"/>).
/// </summary>
public static class TargetsPanel
{
    /// <param name="reports">Every report the page may show, in id order (read once for the whole page).</param>
    public static Markup Render(
        Stores stores,
        string? communeId,
        DateOnly projectStart,
        DateOnly today,
        IReadOnlyList<Report> reports
    )
    {
        var data = ProgressData.Load(stores, communeId, projectStart, reports);
        var rows = Each(
            IndicatorRow.For(stores, data, projectStart, today),
            r =>
            {
                var percent = r.Percent is { } p ? (int)Math.Round(p) : (int?)null;
                var bar = percent is { } n
                    ? H(
                        $"""<progress max="100" value="{Math.Min(n, 100)}">{n}%</progress> {n.ToString(
                            CultureInfo.InvariantCulture
                        )}%"""
                    )
                    : H($"<span class=\"muted\">{T.NotTargeted}</span>");
                return H(
                    $"""
                    <tr><td>{r.Indicator.Name}</td><td class="num">{T.WebIndicatorValue(
                        r.Indicator,
                        r.Achieved
                    )}</td>
                    <td class="num">{(r.Target is null ? "" : T.WebIndicatorValue(r.Indicator, r.Target))}</td>
                    <td>{bar}</td></tr>
                    """
                );
            }
        );
        return H(
            $"""
            <div class="card targets" id="muc-tieu-{communeId ?? "du-an"}"><h3>{T.WebTargetsSince(projectStart)}</h3>
            <div class="table"><table><thead><tr><th>{T.WebIndicator}</th><th>{T.WebAchieved}</th>
            <th>{T.WebTarget}</th><th>{T.WebWorkProgress}</th></tr></thead><tbody>{rows}</tbody></table></div></div>
            """
        );
    }
}
