using System.Text.Json;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Web;

namespace ThanUyen.Bot.Channels.Zalo;

/// <summary>Webhook mode: setWebhook at start; POST /webhooks/zalo stores the update, then answers 200.</summary>
public sealed class ZaloWebhook(
    ZaloClient client,
    ZaloInbound inbound,
    IOptions<ZaloOptions> options,
    SecretScrubber scrubber,
    ILogger<ZaloWebhook> log
) : BackgroundService
{
    public const string Path = "/webhooks/zalo",
        SecretHeader = "X-Bot-Api-Secret-Token";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                inbound.BotId = await client.GetMeIdAsync(stoppingToken);
                await client.SetWebhookAsync(options.Value.WebhookUrl!, options.Value.WebhookSecret!, stoppingToken);
                log.LogInformation("Zalo webhook registered");
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning("Zalo setWebhook failed ({Error}); attempt {Attempt}", scrubber.Describe(e), attempt);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, attempt * 2)), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

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
