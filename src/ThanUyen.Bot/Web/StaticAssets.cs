namespace ThanUyen.Bot.Web;

/// <summary>
/// The web view's stylesheet and script, compiled into the program (no build step, nothing to deploy
/// beside it), served from /web/static/ and cached by browsers for a day.
/// </summary>
public static class StaticAssets
{
    private static readonly Dictionary<string, (byte[] Bytes, string Type)> Files = new()
    {
        ["site.css"] = (Load("site.css"), "text/css; charset=utf-8"),
        ["site.js"] = (Load("site.js"), "text/javascript; charset=utf-8"),
    };

    public static void MapStaticAssets(this RouteGroupBuilder web) =>
        web.MapGet(
            "/static/{name}",
            (string name, HttpContext http) =>
            {
                if (!Files.TryGetValue(name, out var file))
                    return Results.NotFound();
                http.Response.Headers.CacheControl = "public, max-age=86400";
                return Results.Bytes(file.Bytes, file.Type);
            }
        );

    private static byte[] Load(string name)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream($"ThanUyen.Bot.Web.Assets.{name}")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
