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
                            new { status = "storage-failed", error = failure.GetType().Name },
                            statusCode: 503
                        );
                    var perChannel = channels.ToDictionary(
                        c => c.Name,
                        c => new { lastReceived = health.LastReceived(c.Name), lastSent = health.LastSent(c.Name) }
                    );
                    return Results.Ok(
                        new
                        {
                            status = "ok",
                            members = stores.Members.Count(),
                            outboxPending = stores.Outbox.CountPending(),
                            outboxFailed = stores.Outbox.CountFailed(),
                            inboxWaiting = stores.Inbox.CountWaiting(),
                            storage = new
                            {
                                durableCommits = stores.Database.Options.DurableCommits,
                                commits = stores.Writer.Commits,
                                emptyCommits = stores.Writer.EmptyCommits,
                                logSyncs = stores.Database.SyncCounts.Log,
                                dataSyncs = stores.Database.SyncCounts.Data,
                            },
                            channels = perChannel,
                        }
                    );
                }
                catch (Exception e)
                {
                    return Results.Json(new { status = "database-error", error = e.GetType().Name }, statusCode: 503);
                }
            }
        );
}
