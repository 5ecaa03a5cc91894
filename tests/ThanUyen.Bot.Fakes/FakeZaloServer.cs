using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ThanUyen.Bot.Fakes;

/// <summary>
/// The Zalo Bot Platform on 127.0.0.1: POST /bot{token}/{method}, envelopes {ok,result} /
/// {ok:false,error_code,description}; getUpdates hands out ONE update, or 408 after the timeout;
/// string ids, dates in ms. Also serves /images/{name} for photo downloads. Records every call.
/// </summary>
public sealed class FakeZaloServer : IAsyncDisposable
{
    public const string Token = "1234567890:zalo-TEST-secret_abcdefgh";
    public const string BotId = "bot0000001";
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _updates = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _messageId;

    public ConcurrentQueue<ApiCall> Calls { get; } = new();
    public Func<string, JsonObject, Fault?>? Fault { get; set; }
    public ConcurrentDictionary<string, byte[]> Images { get; } = new();

    /// <summary>Every image path asked for ("site.jpg", "stalled/x.jpg", "redirect/x.jpg"), in order.</summary>
    public ConcurrentQueue<string> ImageRequests { get; } = new();
    public string BaseUrl { get; private set; } = "";

    private FakeZaloServer(WebApplication app) => _app = app;

    public static async Task<FakeZaloServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeZaloServer(app);
        app.MapPost("/bot{token}/{method}", server.HandleAsync);
        app.MapGet(
            "/images/{name}",
            (string name) =>
            {
                server.ImageRequests.Enqueue(name);
                return server.Images.TryGetValue(name, out var b) ? Results.Bytes(b, "image/jpeg") : Results.NotFound();
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
        await app.StartAsync();
        server.BaseUrl = app.Urls.First();
        return server;
    }

    private async Task<IResult> HandleAsync(string token, string method, HttpContext context)
    {
        var text = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var body = text.Length > 0 ? JsonNode.Parse(text)?.AsObject() ?? [] : [];
        if (token != Token)
            return Error(401, "Unauthorized");
        if (Fault?.Invoke(method, body) is { } fault)
        {
            Calls.Enqueue(new ApiCall(method.ToLowerInvariant(), body, DateTimeOffset.UtcNow, fault.Code));
            if (fault.Drop)
            {
                context.Abort();
                return Results.Empty;
            }
            return Error(fault.Code, fault.Description);
        }
        if (method != "getUpdates")
            Calls.Enqueue(new ApiCall(method.ToLowerInvariant(), body, DateTimeOffset.UtcNow, 200));
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
        _updates.Enqueue(update);
        _arrived.Release();
        return update;
    }

    public List<ApiCall> Sent(string chatId) =>
        Calls
            .Where(c =>
                c.Method is "sendmessage" or "sendphoto" && c.Status == 200 && c.Body["chat_id"]?.ToString() == chatId
            )
            .ToList();

    public async Task<List<ApiCall>> WaitForSent(string chatId, int count, double seconds = 10)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (DateTimeOffset.UtcNow < until)
        {
            if (Sent(chatId).Count >= count)
                return Sent(chatId);
            await Task.Delay(20);
        }
        throw new TimeoutException(
            $"zalo chat {chatId} got {Sent(chatId).Count} messages, expected {count}: "
                + $"{string.Join(" | ", Sent(chatId).Select(c => c.Text))}"
        );
    }

    private static IResult Ok(JsonNode? result) =>
        Results.Text(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString(), "application/json");

    private static IResult Error(int code, string description) =>
        Results.Text(
            new JsonObject
            {
                ["ok"] = false,
                ["error_code"] = code,
                ["description"] = description,
            }.ToJsonString(),
            "application/json",
            statusCode: code == 408 ? 200 : code
        );

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
