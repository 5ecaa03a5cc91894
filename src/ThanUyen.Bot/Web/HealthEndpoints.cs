using ThanUyen.Bot.Channels;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Web;

public static class HealthEndpoints
{
    /// <summary>
    /// /healthz: 200 when the database answers; per enabled channel the last poll/webhook delivery and the last send.
    /// </summary>
    public static void MapHealth(this WebApplication app) =>
        app.MapGet(
            "/healthz",
            (BotDatabase db, ChannelHealth health, IEnumerable<IChatChannel> channels) =>
            {
                try
                {
                    var outbox = new OutboxStore(db);
                    var perChannel = channels.ToDictionary(
                        c => c.Name,
                        c => new { lastReceived = health.LastReceived(c.Name), lastSent = health.LastSent(c.Name) }
                    );
                    return Results.Ok(
                        new
                        {
                            status = "ok",
                            members = db.Members.Count(),
                            outboxPending = outbox.CountPending(),
                            outboxFailed = outbox.CountFailed(),
                            inboxWaiting = db.Inbox.Count(),
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
