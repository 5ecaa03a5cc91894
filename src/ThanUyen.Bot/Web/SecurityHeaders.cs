using Microsoft.Extensions.Options;

namespace ThanUyen.Bot.Web;

/// <summary>
/// Headers on everything under /web: a Content-Security-Policy that allows only this site's own script,
/// style, images, voice notes and form targets (no inline script or style at all), no framing, no MIME sniffing, no
/// referrer (a sign-in link must not leak to a map site), and pages kept out of caches (they show people's
/// reports). Photos and static files set their own caching.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'";

    /// <summary>
    /// For a photo or chart opened on its own: the browser shows it in a page of its own making, which styles
    /// itself inline. An image runs nothing, and the sandbox keeps it so.
    /// </summary>
    public const string ImagePolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    public static void UseWebSecurityHeaders(this WebApplication app)
    {
        var https = app.Services.GetRequiredService<IOptions<WebOptions>>().Value.PublicIsHttps;
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/web"),
            branch =>
                branch.Use(
                    (context, next) =>
                    {
                        // The proxy ends TLS and talks plain HTTP to this loopback port: when people come over
                        // HTTPS, say so, and cookies (session, anti-forgery) are then Secure.
                        if (https)
                            context.Request.Scheme = "https";
                        var headers = context.Response.Headers;
                        headers.ContentSecurityPolicy = Policy;
                        headers.XFrameOptions = "DENY";
                        headers.XContentTypeOptions = "nosniff";
                        headers["Referrer-Policy"] = "no-referrer";
                        headers["Cross-Origin-Opener-Policy"] = "same-origin";
                        // Exactly what antiforgery sets on pages with a form (it logs a warning when it must).
                        headers.CacheControl = "no-cache, no-store";
                        headers.Pragma = "no-cache";
                        return next(context);
                    }
                )
        );
    }
}
