using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Web;

public static class HealthEndpoints
{
    /// <summary>/healthz: 200 when the database answers, with the outbox backlog.</summary>
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/healthz", (BotDatabase db) =>
        {
            try
            {
                var outbox = new OutboxStore(db);
                return Results.Ok(new { status = "ok", members = db.Members.Count(), outboxPending = outbox.CountPending(), outboxFailed = outbox.CountFailed() });
            }
            catch (Exception e)
            {
                return Results.Json(new { status = "database-error", error = e.GetType().Name }, statusCode: 503);
            }
        });
}
