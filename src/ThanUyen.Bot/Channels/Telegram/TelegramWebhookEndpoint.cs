using System.Text.Json;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web;

namespace ThanUyen.Bot.Channels.Telegram;

/// <summary>
/// POST /webhooks/telegram: 401 without the secret; 200 only once the update is stored in the
/// durable inbox (Telegram re-sends anything else); the inbox drainer handles it right after.
/// </summary>
public static class TelegramWebhookEndpoint
{
    public const string Path = "/webhooks/telegram",
        SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static void MapTelegramWebhook(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (!options.Enabled || options.Mode != ChannelMode.Webhook)
            return;
        app.MapPost(
            Path,
            async (HttpContext context, InboxStore inbox, ChannelHealth health) =>
            {
                if (!WebhookRequest.HasSecret(context.Request, SecretHeader, options.WebhookSecret))
                    return Results.Unauthorized();
                var body = await WebhookRequest.ReadBodyAsync(context);
                if (body is null)
                    return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
                Update? update;
                try
                {
                    update = JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options);
                }
                catch (JsonException)
                {
                    return Results.BadRequest();
                }
                // Kinds we do not handle are acknowledged so Telegram stops re-sending them.
                if (update is not null && TelegramUpdateMapper.Map(update) is { } message)
                    await inbox.AcceptAsync(message);
                health.Delivered("telegram");
                return Results.Ok();
            }
        );
    }
}
