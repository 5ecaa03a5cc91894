using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web.Access;
using ThanUyen.Bot.Web.Pages;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Media;

/// <summary>
/// The digest chart of a commune's week as a PNG, drawn by the same <see cref="DigestChart"/> the weekly
/// message uses. Drawing takes a moment, so a chart is kept in memory until its digest's text changes.
/// </summary>
public static class ChartEndpoint
{
    private static readonly ConcurrentDictionary<string, byte[]> Drawn = new();

    public static void MapChart(this RouteGroupBuilder pages) =>
        pages.MapGet(
            "/chart/{commune}/{week}.png",
            (
                string commune,
                string week,
                WebViewer viewer,
                HttpContext http,
                Stores stores,
                DigestService digests,
                IOptions<DigestOptions> options
            ) =>
            {
                var monday = Show.ParseDay(week);
                if (
                    !Scope.CanSeeCommune(viewer.Member, commune)
                    || stores.Catalogue.Commune(commune) is not { } c
                    || monday is not { DayOfWeek: DayOfWeek.Monday } day
                )
                    return Layout.Notice(T.WebNotFound, null, StatusCodes.Status404NotFound);
                var digest = digests.Build(c, new WeekRange(day), 1_000_000);
                if (!options.Value.Chart || !digest.HasChartData)
                    return Layout.Notice(T.WebNotFound, null, StatusCodes.Status404NotFound);
                var key = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{commune}|{week}|{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(digest.Text)))}"
                );
                if (Drawn.Count > 64)
                    Drawn.Clear();
                var png = Drawn.GetOrAdd(key, _ => DigestChart.Render(digest.Charts));
                http.Response.Headers.CacheControl = "private, max-age=300";
                http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ImagePolicy;
                return Results.Bytes(png, "image/png");
            }
        );
}
