namespace ThanUyen.Bot.Web;

/// <summary>
/// Headers on everything under /web: a Content-Security-Policy that allows only this site's own script,
/// style, images and form targets (no inline script or style at all), no framing, no MIME sniffing, no
/// referrer (a sign-in link must not leak to a map site), and pages kept out of caches (they show people's
/// reports). Photos and static files set their own caching.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'";

    public static void UseWebSecurityHeaders(this WebApplication app) =>
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/web"),
            branch =>
                branch.Use(
                    (context, next) =>
                    {
                        var headers = context.Response.Headers;
                        headers.ContentSecurityPolicy = Policy;
                        headers.XFrameOptions = "DENY";
                        headers.XContentTypeOptions = "nosniff";
                        headers["Referrer-Policy"] = "no-referrer";
                        headers["Cross-Origin-Opener-Policy"] = "same-origin";
                        headers.CacheControl = "no-store";
                        return next(context);
                    }
                )
        );
}
