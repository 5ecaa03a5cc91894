using System.Globalization;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web.Access;
using ThanUyen.Bot.Web.Html;
using static ThanUyen.Bot.Web.Html.Tags;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Pages;

/// <summary>Báo cáo: every report the person reads, newest first, filtered and paged.</summary>
public static class ReportsPage
{
    public static void MapReports(this RouteGroupBuilder pages) => pages.MapGet("/reports", Render);

    private static IResult Render(
        WebViewer viewer,
        HttpRequest request,
        Stores stores,
        ReportKinds kinds,
        IOptions<BotOptions> bot
    )
    {
        var filter = ReportFilter.Parse(request.Query);
        var catalogue = stores.Catalogue;
        if (filter.Query(viewer.Member, catalogue, bot.Value) is not { } query)
            return Layout.Notice(T.WebForbidden, null, StatusCodes.Status403Forbidden);
        var (page, total) = stores.Reports.Search(
            query,
            (filter.Page - 1) * ReportFilter.PageSize,
            ReportFilter.PageSize,
            kinds.OneLine
        );
        var pages = (total + ReportFilter.PageSize - 1) / ReportFilter.PageSize;
        var rows = Each(
            page,
            r =>
                H(
                    $"""
                    <tr><td><a href="/web/reports/{r.Code}">{r.Code}</a></td><td>{Show.Time(
                        bot.Value,
                        r.ReceivedAt
                    )}</td>
                    <td>{kinds.Name(r)}</td><td>{kinds.OneLine(r)}</td><td>{catalogue.Village(r.VillageId)?.Name}</td>
                    <td>{r.ReporterName}</td><td class="status">{T.ReviewStatusMark(r.Review.Status)}</td></tr>
                    """
                )
        );
        var table =
            page.Count == 0
                ? H($"<p class=\"notice\">{T.WebNoReports}</p>")
                : H(
                    $"""
                    <div class="table"><table><thead><tr><th>{T.ColumnCode}</th><th>{T.ColumnReceived}</th>
                    <th>{T.WebKind}</th><th>{T.WebSummary}</th><th>{T.ColumnVillage}</th><th>{T.ColumnReporter}</th>
                    <th>{T.WebStatus}</th></tr></thead><tbody>{rows}</tbody></table></div>
                    """
                );
        var pager = H(
            $"""
            <div class="pager"><span>{Markup.When(
                filter.Page > 1,
                H($"<a href=\"{filter.Link(filter.Page - 1)}\" rel=\"prev\">{T.WebPrevious}</a>")
            )}</span>
            <span class="muted">{T.WebReportCount(total, filter.Page, pages)}</span>
            <span>{Markup.When(
                filter.Page < pages,
                H($"<a href=\"{filter.Link(filter.Page + 1)}\" rel=\"next\">{T.WebNext}</a>")
            )}</span></div>
            """
        );
        var body = H($"{Filters(viewer, filter, stores, kinds)}{pager}{table}{Markup.When(pages > 1, pager)}");
        return Layout.Page(viewer, T.WebNavReports, "/web/reports", body);
    }

    private static Markup Filters(WebViewer viewer, ReportFilter f, Stores stores, ReportKinds kinds)
    {
        var me = viewer.Member;
        var communes = Scope.Communes(me, stores.Catalogue.Communes());
        var villages = stores.Catalogue.Villages().Where(v => Scope.CanSeeCommune(me, v.CommuneId));
        var reporters = stores
            .Members.All()
            .Where(m => m.Id == me.Id || Scope.CanSee(me, m))
            .OrderBy(m => m.Name, StringComparer.Create(CultureInfo.GetCultureInfo("vi"), false));
        return H(
            $"""
            <form method="get" action="/web/reports" class="filters">
            {Select("commune", T.ColumnCommune, f.Commune, communes.Select(c => (c.Id, c.Name)), me.Role == Role.Admin)}
            {Select("village", T.ColumnVillage, f.Village, villages.Select(v => (v.Id, v.Name)), true)}
            {Select("kind", T.WebKind, f.Kind, kinds.All.Select(k => (k.FlowId, k.Name)), true)}
            <label>{T.WebFrom}<input type="date" name="from" value="{(
                f.From is { } from ? Show.Iso(from) : ""
            )}"></label>
            <label>{T.WebTo}<input type="date" name="to" value="{(f.To is { } to ? Show.Iso(to) : "")}"></label>
            {Select(
                "reporter",
                T.ColumnReporter,
                f.Reporter?.ToString(CultureInfo.InvariantCulture),
                reporters.Select(m => (m.Id.ToString(CultureInfo.InvariantCulture), m.Name)),
                true
            )}
            {Select(
                "status",
                T.WebStatus,
                f.Status is { } status ? ReportFilter.KeyOf(status) : null,
                ReportFilter.Statuses.Select(s => (s.Key, T.ReviewStatusName(s.Status))),
                true
            )}
            <label>{T.WebSearch}<input type="search" name="q" value="{f.Text}" maxlength="200"></label>
            <div class="actions"><button type="submit">{T.WebFilter}</button>
            <a href="/web/reports">{T.WebClearFilter}</a></div>
            </form>
            """
        );
    }

    /// <summary>A list to choose from; "Tất cả" first unless there is only one choice to make.</summary>
    private static Markup Select(
        string name,
        string label,
        string? selected,
        IEnumerable<(string Value, string Text)> options,
        bool withAll
    ) =>
        H(
            $"""
            <label>{label}<select name="{name}">{Markup.When(withAll, H($"<option value=\"\">{T.WebAll}</option>"))}
            {Each(
                options,
                o =>
                    H($"<option value=\"{o.Value}\"{(o.Value == selected ? Selected : Markup.Empty)}>{o.Text}</option>")
            )}
            </select></label>
            """
        );

    private static readonly Markup Selected = H($" selected");
}
