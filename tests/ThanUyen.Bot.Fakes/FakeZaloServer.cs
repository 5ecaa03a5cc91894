using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ThanUyen.Bot.Fakes;

/// <summary>
/// The Zalo Bot Platform on 127.0.0.1: POST /bot{token}/{method}, envelopes {ok,result} /
/// {ok:false,error_code,description}; getUpdates hands out ONE update, or 408 after the timeout;
/// string ids, dates in ms. Also serves /images/{name} for photo downloads. Records every call.
/// </summary>
public sealed class FakeZaloServer : FakeServer
{
    public const string Token = "1234567890:zalo-TEST-secret_abcdefgh";
    public const string BotId = "bot0000001";
    private readonly ConcurrentQueue<JsonObject> _updates = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _messageId;

    public ConcurrentDictionary<string, byte[]> Images { get; } = new();

    /// <summary>Every image path asked for ("site.jpg", "stalled/x.jpg", "redirect/x.jpg"), in order.</summary>
    public ConcurrentQueue<string> ImageRequests { get; } = new();

    private FakeZaloServer()
        : base(Token) { }

    public static Task<FakeZaloServer> StartAsync()
    {
        var server = new FakeZaloServer();
        return ListenAsync(server, MapImages);

        void MapImages(WebApplication app)
        {
            app.MapGet(
                "/images/{name}",
                (string name) =>
                {
                    server.ImageRequests.Enqueue(name);
                    return server.Images.TryGetValue(name, out var b)
                        ? Results.Bytes(b, "image/jpeg")
                        : Results.NotFound();
                }
            );
            // A CDN that answers the headers and a few bytes, then nothing: a download must not wait forever.
            app.MapGet(
                "/stalled/{name}",
                async (string name, HttpContext context) =>
                {
                    server.ImageRequests.Enqueue("stalled/" + name);
                    context.Response.ContentType = "image/jpeg";
                    await context.Response.Body.WriteAsync(new byte[] { 0xFF, 0xD8, 0xFF });
                    await context.Response.Body.FlushAsync();
                    await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { });
                }
            );
            app.MapGet(
                "/redirect/{name}",
                (string name) =>
                {
                    server.ImageRequests.Enqueue("redirect/" + name);
                    return Results.Redirect($"/images/{name}");
                }
            );
        }
    }

    protected override int HttpStatus(int errorCode) => errorCode == 408 ? 200 : errorCode;

    protected override async Task<IResult> AnswerAsync(string method, JsonObject body, HttpContext context)
    {
        if (method != "getUpdates")
            Record(
                new ApiCall(method.ToLowerInvariant(), body, DateTimeOffset.UtcNow, 200),
                delivered: method is "sendMessage" or "sendPhoto"
            );
        switch (method)
        {
            case "getMe":
                return Ok(new JsonObject { ["id"] = BotId, ["account_name"] = "thanuyen_bot" });
            case "getUpdates":
                var timeout = int.TryParse(body["timeout"]?.ToString(), out var t) ? t : 0;
                if (
                    _updates.TryDequeue(out var ready)
                    || (await Wait(timeout, context.RequestAborted) && _updates.TryDequeue(out ready))
                )
                    return Ok(ready);
                return Error(408, "Request timeout");
            case "sendMessage" or "sendPhoto":
                return Ok(
                    new JsonObject
                    {
                        ["message_id"] = $"bot{Interlocked.Increment(ref _messageId)}",
                        ["date"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
                    }
                );
            case "setWebhook" or "deleteWebhook" or "getWebhookInfo":
                return Ok(
                    new JsonObject
                    {
                        ["url"] = body["url"]?.ToString() ?? "",
                        ["updated_at"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
                    }
                );
            default:
                return Ok(true);
        }
    }

    private async Task<bool> Wait(int seconds, CancellationToken aborted)
    {
        try
        {
            return await _arrived.WaitAsync(TimeSpan.FromSeconds(seconds), aborted);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>A person types (or sends an image / sticker). Returns the update as Zalo would deliver it.</summary>
    public JsonObject UserSays(string chatId, string text, string name = "Lường Thị Mai") =>
        Queue(Update("message.text.received", chatId, name, m => m["text"] = text));

    public JsonObject UserSendsImage(string chatId, string imageName) =>
        UserSendsImageAt(chatId, $"{BaseUrl}/images/{imageName}");

    /// <summary>An image whose photo_url is any URL (a stalled or redirecting path here, or another host).</summary>
    public JsonObject UserSendsImageAt(string chatId, string url) =>
        Queue(Update("message.image.received", chatId, "Lường Thị Mai", m => m["photo_url"] = url));

    public JsonObject Update(string eventName, string chatId, string name, Action<JsonObject> fill)
    {
        var message = new JsonObject
        {
            ["message_id"] = $"m{Guid.NewGuid():N}"[..21],
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["chat_type"] = "PRIVATE" },
            ["from"] = new JsonObject
            {
                ["id"] = chatId,
                ["display_name"] = name,
                ["is_bot"] = false,
            },
        };
        fill(message);
        return new JsonObject { ["event_name"] = eventName, ["message"] = message };
    }

    public JsonObject Queue(JsonObject update)
    {
        var message = update["message"];
        RecordInbound(
            message?["chat"]?["id"]?.ToString() ?? "",
            message?["text"]?.ToString() ?? $"[{update["event_name"]}]"
        );
        _updates.Enqueue(update);
        _arrived.Release();
        return update;
    }
}
