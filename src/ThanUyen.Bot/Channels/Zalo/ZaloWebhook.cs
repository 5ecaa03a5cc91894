using System.Text.Json;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Web;

namespace ThanUyen.Bot.Channels.Zalo;

/// <summary>Webhook mode: setWebhook at start; POST /webhooks/zalo stores the update, then answers 200.</summary>
public sealed class ZaloWebhook(
    ZaloClient client,
    ZaloInbound inbound,
    IOptions<ZaloOptions> options,
    PlatformRetry retry,
    ILogger<ZaloWebhook> log
) : BackgroundService
{
    public const string Path = "/webhooks/zalo",
        SecretHeader = "X-Bot-Api-Secret-Token";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        retry.RunAsync(
            PlatformRetry.Setup,
            "Zalo setWebhook",
            async ct =>
            {
                inbound.BotId = await client.GetMeIdAsync(ct);
                await client.SetWebhookAsync(options.Value.WebhookUrl!, options.Value.WebhookSecret!, ct);
                log.LogInformation("Zalo webhook registered");
            },
            stoppingToken
        );

    public static void Map(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ZaloOptions>>().Value;
        if (!options.Enabled || options.Mode != ChannelMode.Webhook)
            return;
        app.MapPost(
            Path,
            async (HttpContext context, ZaloInbound inbound) =>
            {
                if (!WebhookRequest.HasSecret(context.Request, SecretHeader, options.WebhookSecret))
                    return Results.Unauthorized();
                var body = await WebhookRequest.ReadBodyAsync(context);
                if (body is null)
                    return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
                JsonElement update;
                try
                {
                    update = JsonDocument.Parse(body).RootElement;
                }
                catch (JsonException)
                {
                    return Results.BadRequest();
                }
                await inbound.AcceptAsync(update, context.RequestAborted);
                return Results.Ok();
            }
        );
    }
}
