using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Cli;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Web;

/// <summary>
/// /ops/*: the operator CLI's way into a running service. Only from this machine (loopback, not through a
/// proxy), with the key from the owner-only "&lt;database&gt;.ops" file, both checked before the body is read:
/// whoever can read that file could read the database anyway.
/// </summary>
public static class OpsEndpoints
{
    internal sealed record InviteBody(string Role, string? Place);

    internal sealed record ExportBody(string Format, string? From, string? To, string? Commune);

    internal sealed record DigestBody(string Commune, bool Last);

    internal sealed record BackupBody(string Out);

    internal sealed record RegisterImportBody(string File, bool DryRun);

    internal sealed record ReportBody(string Period, string? Commune);

    public static void MapOps(this WebApplication app)
    {
        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (storage.DatabasePath == ":memory:")
            return;
        var ops = OpsChannel.Create("");
        app.Lifetime.ApplicationStarted.Register(() =>
            (ops with { Url = app.Urls.FirstOrDefault(IsLoopbackUrl) ?? app.Urls.First() }).Write(storage.DatabasePath)
        );
        app.Lifetime.ApplicationStopping.Register(() => ops.RemoveIfOurs(storage.DatabasePath));

        // A middleware, not an endpoint filter: filters run after the body was read and bound, so a caller
        // without the key could make the service parse whatever it sends. Here nothing is read first.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/ops"),
            branch =>
                branch.Use(
                    async (context, next) =>
                    {
                        if (!FromThisMachine(context))
                            context.Response.StatusCode = StatusCodes.Status403Forbidden;
                        else if (!HasKey(context.Request, ops.Key))
                            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        else
                            await next(context);
                    }
                )
        );
        var group = app.MapGroup("/ops");
        group.MapPost(
            "/invite",
            (InviteBody b, OperatorActions a) => Run(() => Results.Text(a.Invite(b.Role, b.Place)))
        );
        group.MapPost(
            "/export",
            (ExportBody b, OperatorActions a) =>
                Run(() =>
                {
                    var (name, bytes) = a.Export(b.Format, b.From, b.To, b.Commune);
                    return Results.File(bytes, "application/octet-stream", name);
                })
        );
        group.MapPost(
            "/digest",
            (DigestBody b, OperatorActions a) => Run(() => Results.Text(a.DigestPreview(b.Commune, b.Last)))
        );
        group.MapPost("/backup", (BackupBody b, OperatorActions a) => Run(() => Results.Text(a.Backup(b.Out))));
        group.MapPost(
            "/register-template",
            (OperatorActions a) =>
                Run(() => Results.File(a.RegisterTemplate(), "application/octet-stream", "so-dang-ky.xlsx"))
        );
        group.MapPost(
            "/register-import",
            (RegisterImportBody b, OperatorActions a) =>
                Run(() => Results.Text(a.RegisterImport(Convert.FromBase64String(b.File), b.DryRun)))
        );
        group.MapPost(
            "/report",
            (ReportBody b, OperatorActions a) =>
                Run(() =>
                {
                    var (name, bytes) = a.PeriodReport(b.Period, b.Commune);
                    return Results.File(bytes, "application/octet-stream", name);
                })
        );
    }

    /// <summary>
    /// Only a process on this machine, not through a proxy (a local reverse proxy connects from 127.0.0.1 too,
    /// but adds forwarding headers).
    /// </summary>
    private static bool FromThisMachine(HttpContext context)
    {
        var ip = context.Connection.RemoteIpAddress;
        if (ip is null)
            return false;
        if (ip.IsIPv4MappedToIPv6)
            ip = ip.MapToIPv4();
        var headers = context.Request.Headers;
        return IPAddress.IsLoopback(ip)
            && !headers.ContainsKey("X-Forwarded-For")
            && !headers.ContainsKey("Forwarded")
            && !headers.ContainsKey("X-Real-IP");
    }

    /// <summary>Constant time: a wrong key takes as long to reject as a nearly right one.</summary>
    private static bool HasKey(HttpRequest request, string key) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(request.Headers[OpsChannel.Header].ToString()),
            Encoding.UTF8.GetBytes(key)
        );

    private static bool IsLoopbackUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u)
        && (u.IsLoopback || (IPAddress.TryParse(u.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));

    private static IResult Run(Func<IResult> action)
    {
        try
        {
            return action();
        }
        catch (OperatorException e)
        {
            return Results.Text(e.Message, statusCode: 400);
        }
    }
}
