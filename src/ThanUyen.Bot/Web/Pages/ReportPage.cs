using System.Globalization;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Media;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web.Access;
using ThanUyen.Bot.Web.Html;
using ThanUyen.Bot.Web.Media;
using static ThanUyen.Bot.Web.Html.Tags;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Pages;

/// <summary>
/// One report: every answer as its confirm step showed it, its photos, where it was sent from and its
/// history. A report outside the viewer's communes is "not found", as in chat.
/// </summary>
public static class ReportPage
{
    public static void MapReport(this RouteGroupBuilder pages) => pages.MapGet("/reports/{code}", Render);

    private static IResult Render(
        string code,
        WebViewer viewer,
        Stores stores,
        ReportKinds kinds,
        ReportAnswers answers,
        IOptions<BotOptions> bot,
        PhotoFiles files
    )
    {
        var report = stores.Reports.Find(code);
        if (report is null || !Scope.CanSeeReport(viewer.Member, report))
            return Layout.Notice(T.WebNotFound, null, StatusCodes.Status404NotFound);
        var o = bot.Value;
        var catalogue = stores.Catalogue;
        var place = $"{catalogue.Village(report.VillageId)?.Name}, {catalogue.Commune(report.CommuneId)?.Name}";
        var facts = H(
            $"""
            <p class="summary">{kinds.OneLine(report)}</p><dl>
            <dt>{T.ColumnReporter}</dt><dd>{report.ReporterName}</dd><dt>{T.WebPlace}</dt><dd>{place.Trim(
                ' ',
                ','
            )}</dd>
            <dt>{T.WebEventDate}</dt><dd>{Show.LocalDay(report.EventDate)}</dd>
            <dt>{T.ColumnReceived}</dt><dd>{Show.Time(o, report.ReceivedAt)}</dd>
            {Markup.When(
                report.UpdatedAt is not null,
                H($"<dt>{T.WebUpdated}</dt><dd>{Show.Time(o, report.UpdatedAt ?? default)}</dd>")
            )}
            </dl>
            """
        );
        var lines = Each(answers.Lines(report), l => H($"<tr><th scope=\"row\">{l.Label}</th><td>{l.Value}</td></tr>"));
        var body = H(
            $"""
            {facts}{ReviewPanel.Status(report, viewer)}
            <h2>{T.WebAnswers}</h2><div class="table"><table><tbody>{lines}</tbody></table></div>
            {Voices(report, files)}
            <h2>{T.WebPhotos}</h2>{Photos(report, files)}
            {Places(answers.Locations(report))}
            <h2>{T.WebHistory}</h2>{History(Edits(stores, report), o)}{ReviewPanel.History(report, o)}
            """
        );
        return Layout.Page(viewer, $"{report.Code} · {kinds.Name(report)}", "/web/reports", body);
    }

    /// <summary>Thumbnails that open the full photo; a photo still on Telegram's servers says so.</summary>
    private static Markup Photos(Report report, PhotoFiles files)
    {
        var refs = report.Facts?.PhotoFileIds ?? [];
        if (refs.Count == 0)
            return H($"<p class=\"muted\">{T.WebNoPhotos}</p>");
        var items = refs.Select(
            (reference, i) =>
                files.IsKept(reference)
                    ? H(
                        $"""
                        <a href="/web/photo/{report.Code}/{i}"><img src="/web/photo/{report.Code}/{i}/thumb"
                         alt="{T.WebPhotos} {i + 1}" width="{Thumbnails.Size}" height="{Thumbnails.Size
                            * 3
                            / 4}" loading="lazy"></a>
                        """
                    )
                    : H($"<div class=\"telegram\">📷 {T.WebPhotoOnTelegram}</div>")
        );
        return H($"<div class=\"photos\">{items}</div>");
    }

    /// <summary>A player per voice answer kept; one still only on Telegram says so.</summary>
    private static Markup Voices(Report report, PhotoFiles files)
    {
        var voices = ReportMedia.Voices(report);
        var items = voices.Select(
            (voice, i) =>
                files.IsKept(voice.Reference)
                    ? H(
                        $"""
                        <li>🎤 {T.Duration(voice.Seconds)} <audio controls preload="none"
                         src="/web/voice/{report.Code}/{i}"></audio></li>
                        """
                    )
                    : H($"<li>🎤 {T.Duration(voice.Seconds)} — {T.WebVoiceOnTelegram}</li>")
        );
        return Markup.When(voices.Count > 0, H($"<h2>{T.WebVoices}</h2><ul class=\"voices\">{items}</ul>"));
    }

    private static Markup Places(IReadOnlyList<(double Latitude, double Longitude)> places) =>
        Markup.When(
            places.Count > 0,
            H(
                $"""
                <h2>{T.WebLocation}</h2><ul>{Each(
                    places,
                    p =>
                        H($"<li>{Coordinates(p)} · <a href=\"{MapLink(p)}\" rel=\"noreferrer\">{T.WebOpenMap}</a></li>")
                )}</ul>
                """
            )
        );

    private static string Coordinates((double Latitude, double Longitude) p) =>
        string.Create(CultureInfo.InvariantCulture, $"{p.Latitude:0.#####}, {p.Longitude:0.#####}");

    public static string MapLink((double Latitude, double Longitude) p) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"https://www.openstreetmap.org/?mlat={p.Latitude:0.######}&mlon={p.Longitude:0.######}"
                + $"#map=16/{p.Latitude:0.######}/{p.Longitude:0.######}"
        );

    /// <summary>The edits (decisions have their own history below it).</summary>
    private static List<AuditEntry> Edits(Stores stores, Report report) =>
        stores.Audit.About(report.Code).Where(a => !a.Action.StartsWith("review.", StringComparison.Ordinal)).ToList();

    private static Markup History(List<AuditEntry> entries, BotOptions o) =>
        entries.Count == 0
            ? H($"<p class=\"muted\">{T.WebNoHistory}</p>")
            : H(
                $"""
                <div class="table"><table><tbody>{Each(
                    entries,
                    a => H($"<tr><td>{Show.Time(o, a.At)}</td><td>{a.ActorName}</td><td>{a.Details}</td></tr>")
                )}</tbody></table></div>
                """
            );
}
