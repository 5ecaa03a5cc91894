using System.Text;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Web.Access;
using ThanUyen.Bot.Web.Html;
using static ThanUyen.Bot.Web.Html.Tags;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Pages;

/// <summary>
/// The page around every page: a menu that wraps on a phone, who is signed in, the sign-out button. No
/// inline script or style (the Content-Security-Policy forbids them): one stylesheet, one small script.
/// </summary>
public static class Layout
{
    private static readonly (string Path, string Label, bool AdminOnly)[] Menu =
    [
        ("/web/", T.WebNavOverview, false),
        ("/web/reports", T.WebNavReports, false),
        ("/web/works", T.WebNavWorks, false),
        ("/web/members", T.WebNavMembers, true),
        ("/web/export", T.WebNavExport, false),
        ("/web/sessions", T.WebNavSessions, true),
    ];

    public static IResult Page(WebViewer viewer, string title, string active, Markup body)
    {
        var menu = Each(
            Menu.Where(m => !m.AdminOnly || viewer.IsAdmin),
            m => H($"<a href=\"{m.Path}\"{(m.Path == active ? Current : Markup.Empty)}>{m.Label}</a>")
        );
        var who = Places.RoleName(viewer.Member.Role);
        var header = H(
            $"""
            <header><nav><strong>{T.WebSiteName}</strong>{menu}</nav>
            <form method="post" action="/web/logout" class="who"><span>{viewer.Member.Name} · {who}</span>
            {Form.Token(viewer)}<button type="submit">{T.WebSignOut}</button></form></header>
            """
        );
        return Result(Document(title, header, body), StatusCodes.Status200OK);
    }

    /// <summary>A page without the menu: signing in, refusals, errors.</summary>
    public static IResult Bare(string title, Markup body, int status) =>
        Result(Document(title, H($"<header><nav><strong>{T.WebSiteName}</strong></nav></header>"), body), status);

    /// <summary>A short notice on a bare page, with what to do next.</summary>
    public static IResult Notice(string message, string? next, int status) =>
        Bare(
            message,
            H($"<p class=\"notice\">{message}</p>{Markup.When(next is not null, H($"<p>{next}</p>"))}"),
            status
        );

    private static readonly Markup Current = H($" aria-current=\"page\"");

    private static Markup Document(string title, Markup header, Markup body) =>
        H(
            $"""
            <!doctype html>
            <html lang="vi"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · {T.WebSiteName}</title>
            <link rel="stylesheet" href="/web/static/site.css"><script src="/web/static/site.js" defer></script>
            </head><body>{header}<main><h1>{title}</h1>{body}</main></body></html>
            """
        );

    private static IResult Result(Markup html, int status) =>
        Results.Content(html.Value, "text/html; charset=utf-8", Encoding.UTF8, status);
}
