using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web.Pages;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Access;

/// <summary>
/// In front of everything under /web except signing in and the static files (so a page added later is
/// closed unless opened here): the cookie's session must be open, and its member still as at sign-in
/// (active, same role, same commune), checked against the member record on every request — so /role and
/// /remove end a person's web access at once. Officers and admins only. A session in use is renewed (its
/// seven days start again) at most once an hour, to spare the database a write per page. A middleware, not
/// an endpoint filter: pages bind <see cref="WebViewer"/> before filters would run.
/// </summary>
public static class ViewerGate
{
    private static readonly TimeSpan RenewEvery = TimeSpan.FromHours(1);
    private static readonly string[] Open = ["/web/login", "/web/signed-out", "/web/static"];

    public static void UseViewerGate(this WebApplication app) =>
        app.UseWhen(
            context =>
                context.Request.Path.StartsWithSegments("/web")
                && !Open.Any(p => context.Request.Path.StartsWithSegments(p)),
            branch => branch.Use(GateAsync)
        );

    private static async Task GateAsync(HttpContext http, RequestDelegate next)
    {
        var services = http.RequestServices;
        var stores = services.GetRequiredService<Stores>();
        var cookie = services.GetRequiredService<SessionCookie>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var secret = SessionCookie.Read(http);
        var session = secret is null ? null : stores.WebSessions.FindOpen(secret, now);
        var member = session is null ? null : stores.Members.Find(session.MemberId);
        if (session is null || !session.StillFits(member))
        {
            if (session is not null)
                await stores.Writer.WriteAsync(() => stores.WebSessions.End(session, now));
            if (secret is not null)
                cookie.Clear(http);
            await Layout
                .Notice(T.WebNotSignedIn, T.WebAskBotAgain, StatusCodes.Status401Unauthorized)
                .ExecuteAsync(http);
            return;
        }
        if (member!.Role < Role.Officer)
        {
            await Layout.Notice(T.WebOfficersOnly, null, StatusCodes.Status403Forbidden).ExecuteAsync(http);
            return;
        }
        if (now - session.LastSeenAt >= RenewEvery)
        {
            var lifetime = TimeSpan.FromDays(services.GetRequiredService<IOptions<WebLinkOptions>>().Value.SessionDays);
            if (await stores.Writer.WriteAsync(() => stores.WebSessions.Renew(session, now, lifetime)) is { } expires)
                cookie.Write(http, secret!, expires);
        }
        new WebViewer(member, session, http).Attach();
        await next(http);
    }
}
