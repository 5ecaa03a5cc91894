namespace ThanUyen.Bot.Web.Access;

/// <summary>
/// The session cookie: only the random secret (the database keeps its hash). HttpOnly, SameSite=Strict,
/// Secure when people come over HTTPS, limited to /web, expiring with the session.
/// </summary>
public sealed class SessionCookie
{
    public const string Name = "tu_phien";

    public static string? Read(HttpContext context) => context.Request.Cookies[Name];

    public void Write(HttpContext context, string secret, DateTime expiresUtc) =>
        context.Response.Cookies.Append(Name, secret, Options(context, expiresUtc));

    public void Clear(HttpContext context) =>
        context.Response.Cookies.Delete(Name, Options(context, DateTime.UnixEpoch));

    private static CookieOptions Options(HttpContext context, DateTime expiresUtc) =>
        new()
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/web",
            Expires = new DateTimeOffset(DateTime.SpecifyKind(expiresUtc, DateTimeKind.Utc)),
            IsEssential = true,
        };
}
