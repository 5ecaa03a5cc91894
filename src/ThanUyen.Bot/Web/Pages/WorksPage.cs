using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web.Access;
using ThanUyen.Bot.Web.Html;
using static ThanUyen.Bot.Web.Html.Tags;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Pages;

/// <summary>
/// Công trình: each work of the register in the viewer's communes with its target and status (the register's
/// plan), its latest percent, latest report, days since and photos (a link lists its reports with them) —
/// progress reports matched to it by the work's id — and a map of where its reports were sent from.
/// </summary>
public static class WorksPage
{
    public static void MapWorks(this RouteGroupBuilder pages) => pages.MapGet("/works", Render);

    private static IResult Render(
        WebViewer viewer,
        Stores stores,
        ProgressKind progress,
        IOptions<BotOptions> bot,
        TimeProvider clock
    )
    {
        var catalogue = stores.Catalogue;
        var villages = catalogue
            .Villages()
            .Where(v => Scope.CanSeeCommune(viewer.Member, v.CommuneId))
            .ToDictionary(v => v.Id);
        var works = progress.Works(
            catalogue
                .SubProjects()
                .Where(s => villages.ContainsKey(s.VillageId))
                .OrderBy(s => s.VillageId)
                .ThenBy(s => s.Id)
        );
        var today = Show.Today(bot.Value, clock);
        var rows = Each(
            works,
            w =>
            {
                var icon = catalogue.InfrastructureType(w.Work.TypeId)?.Icon ?? "🏗️";
                var latest = w.Latest is { } r
                    ? H($"<a href=\"/web/reports/{r.Code}\">{r.Code}</a> · {Show.Day(bot.Value, r.ReceivedAt)}")
                    : H($"<span class=\"muted\">{T.WebNoReportYet}</span>");
                var days = w.Latest is { } l
                    ? T.WebDays(today.DayNumber - DateOnly.FromDateTime(bot.Value.ToLocal(l.ReceivedAt)).DayNumber)
                    : "";
                var photos = w.Photos == 0 ? H($"0") : H($"<a href=\"{PhotosLink(w)}\">{w.Photos}</a>");
                return H(
                    $"""
                    <tr><td>{icon} {w.Work.Name}<br><span class="muted">{villages[w.Work.VillageId].Name}{(
                        w.Work.Active ? "" : " · " + T.WebClosed
                    )}</span></td>
                    <td>{T.WebWorkTarget(w.Work)}</td><td>{T.WebWorkState(w.Work.Status)}</td>
                    <td><progress max="100" value="{w.Percent ?? 0}">{w.Percent ?? 0}%</progress> {w.Percent ?? 0}%</td>
                    <td>{latest}</td><td>{days}</td><td class="num">{photos}</td></tr>
                    """
                );
            }
        );
        var table =
            works.Count == 0
                ? H($"<p class=\"notice\">{T.WebNoWorks}</p>")
                : H(
                    $"""
                    <div class="table"><table><thead><tr><th>{T.WebNavWorks}</th><th>{T.WebTarget}</th>
                    <th>{T.WebWorkStatus}</th><th>{T.WebWorkProgress}</th>
                    <th>{T.WebLatestReport}</th><th>{T.WebDaysSince}</th><th>{T.WebPhotos}</th></tr></thead>
                    <tbody>{rows}</tbody></table></div>
                    """
                );
        var body = H($"{table}<h2>{T.WebMap}</h2><p class=\"muted\">{T.WebMapNote}</p>{WorksMap.Svg(Points(works))}");
        return Layout.Page(viewer, T.WebNavWorks, "/web/works", body);
    }

    /// <summary>The work's progress reports (found by the work's name, which their summary holds).</summary>
    private static string PhotosLink(WorkProgress w) =>
        Url("/web/reports", ("kind", InfrastructureProgressFlow.FlowId), ("q", w.Work.Name));

    /// <summary>
    /// The places a work's latest reports came from (one dot per place about 10 m apart; at most
    /// <see cref="PlacesPerWork"/> per work, so years of reports keep the page small); the work is named at
    /// its latest one.
    /// </summary>
    private static List<WorksMap.Point> Points(IEnumerable<WorkProgress> works) =>
        works
            .SelectMany(w =>
                w.Places.Reverse()
                    .DistinctBy(p => (Math.Round(p.Latitude, 4), Math.Round(p.Longitude, 4)))
                    .Take(PlacesPerWork)
                    .Select(
                        (p, i) =>
                            new WorksMap.Point(
                                p.Latitude,
                                p.Longitude,
                                p.ReportCode,
                                p.Photos > 0,
                                i == 0 ? w.Work.Name : null
                            )
                    )
            )
            .ToList();

    private const int PlacesPerWork = 12;
}
