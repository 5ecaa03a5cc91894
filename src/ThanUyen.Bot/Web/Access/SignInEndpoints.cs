using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web.Pages;
using static ThanUyen.Bot.Web.Html.Tags;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Access;

/// <summary>
/// Signing in with the link /web sent, and out. Opening the link only shows a button: chat apps fetch links
/// to preview them, and that fetch must not use up the one-time link. Pressing the button (a POST with an
/// anti-forgery token) uses the link and opens a session.
/// </summary>
public static class SignInEndpoints
{
    private sealed record Outcome(WebLinkState State, bool Allowed, string? Secret, DateTime Expires);

    public static void MapSignIn(this RouteGroupBuilder web)
    {
        web.MapGet("/login/{token}", ShowLink);
        web.MapPost("/login/{token}", UseLinkAsync).AddEndpointFilter<AntiforgeryFilter>();
        web.MapGet("/signed-out", () => Layout.Notice(T.WebSignedOut, T.WebAskBotAgain, StatusCodes.Status200OK));
    }

    public static void MapSignOut(this RouteGroupBuilder pages) =>
        pages
            .MapPost(
                "/logout",
                async (WebViewer viewer, HttpContext http, Stores stores, SessionCookie cookie, TimeProvider clock) =>
                {
                    var now = clock.GetUtcNow().UtcDateTime;
                    await stores.Writer.WriteAsync(() => stores.WebSessions.End(viewer.Session, now));
                    cookie.Clear(http);
                    return new SeeOther("/web/signed-out");
                }
            )
            .AddEndpointFilter<AntiforgeryFilter>();

    private static IResult ShowLink(string token, HttpContext http, Stores stores, TimeProvider clock)
    {
        var (state, link) = stores.WebSessions.CheckLink(token, clock.GetUtcNow().UtcDateTime);
        if (state != WebLinkState.Valid)
            return Refused(state);
        var name = stores.Members.Find(link!.MemberId)?.Name ?? "";
        var body = H(
            $"""
            <p>{T.WebSignInAs(name)}</p>
            <form method="post" action="/web/login/{token}">{Form.Token(http)}
            <button type="submit" class="primary">{T.WebSignInButton}</button></form>
            """
        );
        return Layout.Bare(T.WebSignInTitle, body, StatusCodes.Status200OK);
    }

    private static async Task<IResult> UseLinkAsync(
        string token,
        HttpContext http,
        Stores stores,
        SessionCookie cookie,
        IOptions<WebLinkOptions> options,
        TimeProvider clock
    )
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = TimeSpan.FromDays(options.Value.SessionDays);
        var outcome = await stores.Writer.WriteAsync(() =>
        {
            var (state, link) = stores.WebSessions.UseLink(token, now);
            if (state != WebLinkState.Valid)
                return new Outcome(state, false, null, now);
            // The person may have been removed or changed since the link was sent.
            var member = stores.Members.Find(link!.MemberId);
            if (member is not { Active: true, Role: Role.Officer or Role.Admin })
                return new Outcome(state, false, null, now);
            var secret = stores.WebSessions.Start(member, now, lifetime);
            stores.Audit.Record(member, now, "web.signin", $"#{member.Id}", "");
            return new Outcome(state, true, secret, now + lifetime);
        });
        if (outcome.State != WebLinkState.Valid)
            return Refused(outcome.State);
        if (!outcome.Allowed)
            return Layout.Notice(T.WebOfficersOnly, null, StatusCodes.Status403Forbidden);
        cookie.Write(http, outcome.Secret!, outcome.Expires);
        return new SeeOther("/web/");
    }

    private static IResult Refused(WebLinkState state) =>
        state switch
        {
            WebLinkState.Used => Layout.Notice(T.WebLinkUsed, T.WebAskBotAgain, StatusCodes.Status410Gone),
            WebLinkState.Expired => Layout.Notice(T.WebLinkExpired, T.WebAskBotAgain, StatusCodes.Status410Gone),
            _ => Layout.Notice(T.WebLinkUnknown, T.WebAskBotAgain, StatusCodes.Status404NotFound),
        };
}
