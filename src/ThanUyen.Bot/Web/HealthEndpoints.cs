using System.Text.Json;
using System.Text.Json.Serialization;
using ThanUyen.Bot.Channels;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Web;

public static class HealthEndpoints
{
    /// <summary>
    /// /healthz: 200 when the database answers and can be written; per enabled channel the last poll/webhook
    /// delivery and the last send. 503 once storage failed (the service is then stopping).
    /// </summary>
    public static void MapHealth(this WebApplication app) =>
        app.MapGet(
            "/healthz",
            (Stores stores, ChannelHealth health, IEnumerable<IChatChannel> channels) =>
            {
                try
                {
                    if (stores.Writer.Failure is { } failure)
                        return Results.Json(
                            new HealthFailure("storage-failed", failure.GetType().Name),
                            HealthJson.Default.HealthFailure,
                            statusCode: 503
                        );
                    var report = new HealthReport(
                        "ok",
                        stores.Members.Count(),
                        stores.Outbox.CountPending(),
                        stores.Outbox.CountFailed(),
                        stores.Inbox.CountWaiting(),
                        new StorageHealth(
                            stores.Database.Options.DurableCommits,
                            stores.Writer.Writes,
                            stores.Writer.Commits,
                            stores.Writer.EmptyCommits,
                            stores.Database.SyncCounts.Log,
                            stores.Database.SyncCounts.Data
                        ),
                        channels.ToDictionary(
                            c => c.Name,
                            c => new ChannelActivity(health.LastReceived(c.Name), health.LastSent(c.Name))
                        )
                    );
                    return Results.Json(report, HealthJson.Default.HealthReport);
                }
                catch (Exception e)
                {
                    return Results.Json(
                        new HealthFailure("database-error", e.GetType().Name),
                        HealthJson.Default.HealthFailure,
                        statusCode: 503
                    );
                }
            }
        );
}

internal sealed record HealthReport(
    string Status,
    int Members,
    int OutboxPending,
    int OutboxFailed,
    int InboxWaiting,
    StorageHealth Storage,
    Dictionary<string, ChannelActivity> Channels
);

internal sealed record StorageHealth(
    bool DurableCommits,
    long Writes,
    long Commits,
    long EmptyCommits,
    long LogSyncs,
    long DataSyncs
);

internal sealed record ChannelActivity(DateTimeOffset? LastReceived, DateTimeOffset? LastSent);

internal sealed record HealthFailure(string Status, string Error);

/// <summary>
/// The health answer's writer, generated at compile time: systemd, the installer and monitors call /healthz
/// first, and writing it by reflection cost the first call ~400 JIT-compiled methods.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(HealthFailure))]
internal sealed partial class HealthJson : JsonSerializerContext;
