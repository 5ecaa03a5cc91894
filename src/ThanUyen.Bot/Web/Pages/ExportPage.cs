using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports.Export;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web.Access;
using ThanUyen.Bot.Web.Html;
using static ThanUyen.Bot.Web.Html.Tags;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Pages;

/// <summary>
/// Xuất dữ liệu: the same XLSX/CSV files as /export, within the same scope (an officer: their commune),
/// downloaded at once, and recorded in the audit log as /export is.
/// </summary>
public static class ExportPage
{
    public static void MapExport(this RouteGroupBuilder pages)
    {
        pages.MapGet("/export", Render);
        pages.MapPost("/export", DownloadAsync).AddEndpointFilter<AntiforgeryFilter>();
    }

    private static IResult Render(WebViewer viewer, Stores stores)
    {
        var me = viewer.Member;
        var communes = Scope.Communes(me, stores.Catalogue.Communes());
        var all = Markup.When(me.Role == Role.Admin, H($"<option value=\"\">{T.WebAllCommunes}</option>"));
        var body = H(
            $"""
            <p>{T.WebExportIntro}</p>
            <form method="post" action="/web/export" class="stack">{Form.Token(viewer)}
            <label>{T.ColumnCommune}<select name="commune">{all}{Each(
                communes,
                c => H($"<option value=\"{c.Id}\">{c.Name}</option>")
            )}</select></label>
            <label>{T.WebFrom}<input type="date" name="from"></label>
            <label>{T.WebTo}<input type="date" name="to"></label>
            <label>{T.WebFormat}<select name="format"><option value="xlsx">Excel (XLSX)</option>
            <option value="csv">CSV</option></select></label>
            <div><button type="submit" class="primary">{T.WebDownload}</button></div></form>
            """
        );
        return Layout.Page(viewer, T.WebNavExport, "/web/export", body);
    }

    private static async Task<IResult> DownloadAsync(
        WebViewer viewer,
        HttpRequest request,
        Stores stores,
        ExportSheets sheets,
        IOptions<BotOptions> bot,
        TimeProvider clock
    )
    {
        var form = await request.ReadFormAsync();
        var me = viewer.Member;
        var commune = form["commune"].ToString() is { Length: > 0 } c ? c : null;
        // As /export: an admin may take all communes or one; an officer only theirs.
        if (commune is null ? me.Role != Role.Admin : !Scope.CanSeeCommune(me, commune))
            return Layout.Notice(T.WebForbidden, null, StatusCodes.Status403Forbidden);
        var csv = form["format"].ToString() == "csv";
        var (from, to) = (Show.ParseDay(form["from"]), Show.ParseDay(form["to"]));
        if (from > to)
            (from, to) = (to, from);
        var now = clock.GetUtcNow().UtcDateTime;
        var (name, bytes, data) = ExportFile.Make(
            stores,
            sheets,
            bot.Value.Zone,
            Show.Today(bot.Value, clock),
            from,
            to,
            commune,
            csv
        );
        await stores.Writer.WriteAsync(() =>
            stores.Audit.Record(me, now, "export", name, $"web · {data.Reports.Count} báo cáo")
        );
        var type =
            name.EndsWith(".xlsx", StringComparison.Ordinal)
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : name.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip"
            : "text/csv";
        return Results.File(bytes, type, name);
    }
}
