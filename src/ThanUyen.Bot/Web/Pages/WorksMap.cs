using System.Globalization;
using ThanUyen.Bot.Web.Html;
using static ThanUyen.Bot.Web.Html.Tags;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Pages;

/// <summary>
/// A map that needs no map tiles (villages often have no signal, and the page allows no outside images):
/// the places as dots on a plain background with a latitude/longitude grid, drawn as inline SVG. Each dot
/// links to its report; a bigger green dot has photos; each work is named at its latest place.
/// </summary>
public static class WorksMap
{
    public sealed record Point(double Latitude, double Longitude, string Code, bool Photos, string? Label);

    private const double Width = 640,
        Height = 420,
        Margin = 36;

    public static Markup Svg(IReadOnlyList<Point> points)
    {
        if (points.Count == 0)
            return H($"<p class=\"muted\">{T.WebNoPlaces}</p>");
        var (south, north) = Pad(points.Min(p => p.Latitude), points.Max(p => p.Latitude));
        var (west, east) = Pad(points.Min(p => p.Longitude), points.Max(p => p.Longitude));
        // Equirectangular, with longitude shrunk by cos(latitude) so distances look right at 22° N.
        var shrink = Math.Cos((south + north) / 2 * Math.PI / 180);
        var scale = Math.Min((Width - 2 * Margin) / ((east - west) * shrink), (Height - 2 * Margin) / (north - south));
        double X(double lon) => Margin + (lon - west) * shrink * scale;
        double Y(double lat) => Height - Margin - (lat - south) * scale;
        var grid = Enumerable
            .Range(0, 5)
            .Select(i =>
            {
                var lat = south + (north - south) * i / 4;
                var lon = west + (east - west) * i / 4;
                return H(
                    $"""
                    <line class="grid" x1="{N(Margin)}" y1="{N(Y(lat))}" x2="{N(Width - Margin)}" y2="{N(Y(lat))}"/>
                    <text x="2" y="{N(Y(lat) - 2)}">{lat.ToString("0.000", CultureInfo.InvariantCulture)}</text>
                    <line class="grid" x1="{N(X(lon))}" y1="{N(Margin)}" x2="{N(X(lon))}" y2="{N(Height - Margin)}"/>
                    <text x="{N(X(lon) - 16)}" y="{N(Height - 6)}">{lon.ToString(
                        "0.000",
                        CultureInfo.InvariantCulture
                    )}</text>
                    """
                );
            });
        var dots = Each(
            points,
            p =>
                H(
                    $"""
                    <a href="/web/reports/{p.Code}"><circle cx="{N(X(p.Longitude))}" cy="{N(Y(p.Latitude))}" r="{(
                        p.Photos ? 7 : 5
                    )}"{(p.Photos ? PhotoClass : Markup.Empty)}><title>{p.Code}{(
                        p.Label is null ? "" : " · " + p.Label
                    )}</title></circle></a>
                    {Markup.When(
                        p.Label is not null,
                        H($"<text x=\"{N(X(p.Longitude) + 9)}\" y=\"{N(Y(p.Latitude) + 4)}\">{p.Label}</text>")
                    )}
                    """
                )
        );
        return H(
            $"""
            <svg class="map" viewBox="0 0 {N(Width)} {N(Height)}" role="img" aria-label="{T.WebMap}">
            <rect width="100%" height="100%" fill="#eef3f7"/>{grid}{dots}</svg>
            """
        );
    }

    private static readonly Markup PhotoClass = H($" class=\"photo\"");

    /// <summary>A little room around the dots (and some extent for a single place).</summary>
    private static (double Low, double High) Pad(double low, double high)
    {
        var pad = Math.Max((high - low) * 0.1, 0.002);
        return (low - pad, high + pad);
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
