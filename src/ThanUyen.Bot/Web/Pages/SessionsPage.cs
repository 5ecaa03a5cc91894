using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web.Access;
using static ThanUyen.Bot.Web.Html.Tags;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Pages;

/// <summary>Phiên đăng nhập (admins): who is signed in where, and a button to end any session.</summary>
public static class SessionsPage
{
    public static void MapSessions(this RouteGroupBuilder pages)
    {
        pages.MapGet("/sessions", Render);
        pages
            .MapPost(
                "/sessions/{id:int}/end",
                async (int id, WebViewer viewer, Stores stores, TimeProvider clock) =>
                {
                    if (!viewer.IsAdmin)
                        return Layout.Notice(T.WebForbidden, null, StatusCodes.Status403Forbidden);
                    var now = clock.GetUtcNow().UtcDateTime;
                    if (stores.WebSessions.Find(id) is { } session)
                        await stores.Writer.WriteAsync(() =>
                        {
                            stores.WebSessions.End(session, now);
                            var who = stores.Members.Find(session.MemberId);
                            stores.Audit.Record(viewer.Member, now, "web.end", $"#{session.MemberId}", who?.Name ?? "");
                        });
                    return new SeeOther("/web/sessions");
                }
            )
            .AddEndpointFilter<AntiforgeryFilter>();
    }

    private static IResult Render(WebViewer viewer, Stores stores, IOptions<BotOptions> bot, TimeProvider clock)
    {
        if (!viewer.IsAdmin)
            return Layout.Notice(T.WebForbidden, null, StatusCodes.Status403Forbidden);
        var open = stores
            .WebSessions.Open(clock.GetUtcNow().UtcDateTime)
            .Select(s => (Session: s, Member: stores.Members.Find(s.MemberId)))
            .Where(x => x.Session.StillFits(x.Member))
            .ToList();
        var rows = Each(
            open,
            x =>
                H(
                    $"""
                    <tr><td>#{x.Member!.Id} {x.Member.Name}</td><td>{Show.Time(bot.Value, x.Session.CreatedAt)}</td>
                    <td>{Show.Time(
                        bot.Value,
                        x.Session.LastSeenAt
                    )}</td><td><form method="post" action="/web/sessions/{x.Session.Id}/end">
                    {Form.Token(viewer)}<button type="submit">{T.WebEndSession}</button></form></td></tr>
                    """
                )
        );
        var body =
            open.Count == 0
                ? H($"<p class=\"notice\">{T.WebNoOpenSessions}</p>")
                : H(
                    $"""
                    <div class="table"><table><thead><tr><th>{T.ColumnReporter}</th><th>{T.WebSignedInAt}</th>
                    <th>{T.WebLastSeen}</th><th></th></tr></thead><tbody>{rows}</tbody></table></div>
                    """
                );
        return Layout.Page(viewer, T.WebNavSessions, "/web/sessions", body);
    }
}
