using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Cli;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Web;

/// <summary>
/// /ops/*: the operator CLI's way into a running service. Needs the key from the owner-only
/// "&lt;database&gt;.ops" file, compared in constant time: whoever can read it could read the database anyway.
/// </summary>
public static class OpsEndpoints
{
    private sealed record InviteBody(string Role, string? Place);

    private sealed record ExportBody(string Format, string? From, string? To, string? Commune);

    private sealed record DigestBody(string Commune, bool Last);

    private sealed record BackupBody(string Out);

    public static void MapOps(this WebApplication app)
    {
        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (storage.DatabasePath == ":memory:")
            return;
        var ops = new OpsChannel("", OpsChannel.Create("").Key);
        app.Lifetime.ApplicationStarted.Register(() =>
            (ops with { Url = app.Urls.First() }).Write(storage.DatabasePath)
        );
        app.Lifetime.ApplicationStopping.Register(() => File.Delete(OpsChannel.PathFor(storage.DatabasePath)));

        var group = app.MapGroup("/ops")
            .AddEndpointFilter(
                async (context, next) =>
                {
                    var given = context.HttpContext.Request.Headers[OpsChannel.Header].ToString();
                    return CryptographicOperations.FixedTimeEquals(
                        Encoding.UTF8.GetBytes(given),
                        Encoding.UTF8.GetBytes(ops.Key)
                    )
                        ? await next(context)
                        : Results.Unauthorized();
                }
            );
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
    }

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
