using ThanUyen.Bot.Web.Access;
using ThanUyen.Bot.Web.Media;
using ThanUyen.Bot.Web.Pages;

namespace ThanUyen.Bot.Web;

/// <summary>
/// The web view for officers and admins under /web/: server-rendered pages over the same stores and the
/// same <see cref="Core.Community.Scope"/> as the chat commands, signed in with a one-time link from /web.
/// </summary>
public static class WebView
{
    public const string AntiforgeryCookie = "tu_af";

    public static IServiceCollection AddWebView(this IServiceCollection services, IConfiguration configuration)
    {
        var web = configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        services.AddSingleton<SessionCookie>();
        services.AddSingleton<PhotoFiles>();
        services.AddSingleton<Thumbnails>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = AntiforgeryCookie;
            o.Cookie.Path = "/web";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = Form.TokenField;
            o.HeaderName = null;
            // SecurityHeaders sends DENY; antiforgery would add SAMEORIGIN beside it.
            o.SuppressXFrameOptionsHeader = true;
        });
        // Data protection (antiforgery's keys) loads its key ring on the first form instead of at start: XML
        // and OpenSSL stay out of an idle service, and the start is ~40 ms shorter (scripts/bench footprint).
        var preload = services.FirstOrDefault(d =>
            d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService"
        );
        if (preload is not null)
            services.Remove(preload);
        services.AddRateLimiter(o => SignInRateLimits.Configure(o, web));
        return services;
    }

    public static void MapWebView(this WebApplication app)
    {
        app.UseWebSecurityHeaders();
        app.UseRateLimiter();
        app.UseViewerGate();
        var open = app.MapGroup("/web");
        open.MapStaticAssets();
        open.MapSignIn();
        var pages = app.MapGroup("/web");
        pages.MapOverview();
        pages.MapReports();
        pages.MapReport();
        pages.MapReview();
        pages.MapPhotos();
        pages.MapWorks();
        pages.MapMembers();
        pages.MapExport();
        pages.MapSessions();
        pages.MapChart();
        pages.MapSignOut();
    }
}
