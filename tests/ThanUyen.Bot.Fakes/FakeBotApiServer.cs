using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ThanUyen.Bot.Fakes;

/// <summary>
/// A small Telegram Bot API on 127.0.0.1 (random port) with Telegram's JSON shapes: {ok,result},
/// errors {ok:false,error_code,description,parameters}, dates in seconds, offset acknowledgement,
/// long-poll timeout. Records every call; <see cref="Fault"/> can answer 429/500/403 or hang.
/// </summary>
public sealed partial class FakeBotApiServer : IAsyncDisposable
{
    public const string Token = "123456789:FAKE_token_for_tests_only";
    public const string BotUsername = "ThanUyenTestBot";
    private readonly WebApplication _app;
    private readonly List<JsonObject> _updates = [];
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _nextUpdateId = 1000,
        _nextMessageId = 1;
    private long _acknowledged;

    public ConcurrentQueue<ApiCall> Calls { get; } = new();

    /// <summary>Return a fault for a call (method, body) or null to answer normally.</summary>
    public Func<string, JsonObject, Fault?>? Fault { get; set; }
    public string BaseUrl { get; private set; } = "";

    /// <summary>When set, more than this many sends in any one second get 429 (like Telegram's ~30/s).</summary>
    public int? SendsPerSecondLimit { get; set; }
    private readonly Queue<DateTimeOffset> _recentSends = new();

    /// <summary>Successful sends per chat: tests poll these often, so no scan of every call.</summary>
    private readonly Dictionary<long, List<ApiCall>> _byChat = [];

    private FakeBotApiServer(WebApplication app) => _app = app;

    public static async Task<FakeBotApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeBotApiServer(app);
        app.MapPost("/bot{token}/{method}", server.HandleAsync);
        app.MapGet("/bot{token}/{method}", server.HandleAsync);
        MapFiles(app, server);
        await app.StartAsync();
        server.BaseUrl = app.Urls.First();
        return server;
    }

    private async Task<IResult> HandleAsync(string token, string method, HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request);
        method = method.ToLowerInvariant();
        if (token != Token)
            return Error(401, "Unauthorized");
        if (Fault?.Invoke(method, body) is { } fault)
        {
            Calls.Enqueue(new ApiCall(method, body, DateTimeOffset.UtcNow, fault.Code));
            if (fault.Hang)
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { });
                return Results.Empty;
            }
            if (fault.Drop)
            {
                context.Abort();
                return Results.Empty;
            }
            if (fault.Html)
                return Results.Text(
                    "<html><body><h1>502 Bad Gateway</h1></body></html>",
                    "text/html",
                    statusCode: fault.Code
                );
            return Error(fault.Code, fault.Description, fault.RetryAfter);
        }
        if (IsSend(method) && OverLimit())
        {
            Calls.Enqueue(new ApiCall(method, body, DateTimeOffset.UtcNow, 429));
            return Error(429, "Too Many Requests: retry after 1", 1);
        }
        if (method != "getupdates")
        {
            var call = new ApiCall(method, body, DateTimeOffset.UtcNow, 200);
            Calls.Enqueue(call);
            if (IsSend(method))
                lock (_byChat)
                {
                    if (!_byChat.TryGetValue(call.ChatId, out var list))
                        _byChat[call.ChatId] = list = [];
                    list.Add(call);
                }
        }
        return method switch
        {
            "getme" => Ok(
                new JsonObject
                {
                    ["id"] = 123456789,
                    ["is_bot"] = true,
                    ["first_name"] = "ThanUyen",
                    ["username"] = BotUsername,
                }
            ),
            "getupdates" => Ok(await GetUpdatesAsync(body, context.RequestAborted)),
            "sendmessage" or "sendphoto" or "senddocument" => Ok(Shown(SentMessage(body), body)),
            "editmessagetext" or "editmessagereplymarkup" => Edited(method, body),
            "getfile" => GetFile(body) is { } file ? Ok(file) : Error(400, "Bad Request: invalid file_id"),
            _ => Ok(true),
        };
    }

    private static bool IsSend(string method) => method is "sendmessage" or "sendphoto" or "senddocument";

    private bool OverLimit()
    {
        if (SendsPerSecondLimit is not { } limit)
            return false;
        lock (_recentSends)
        {
            var now = DateTimeOffset.UtcNow;
            while (_recentSends.Count > 0 && now - _recentSends.Peek() >= TimeSpan.FromSeconds(1))
                _recentSends.Dequeue();
            if (_recentSends.Count >= limit)
                return true;
            _recentSends.Enqueue(now);
            return false;
        }
    }

    private async Task<JsonArray> GetUpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        var offset = body["offset"] is { } o
            ? long.Parse(o.ToString(), System.Globalization.CultureInfo.InvariantCulture)
            : 0;
        var timeout = body["timeout"] is { } t
            ? int.Parse(t.ToString(), System.Globalization.CultureInfo.InvariantCulture)
            : 0;
        var limit = body["limit"] is { } l
            ? int.Parse(l.ToString(), System.Globalization.CultureInfo.InvariantCulture)
            : 100;
        var until = DateTimeOffset.UtcNow.AddSeconds(timeout);
        while (true)
        {
            lock (_lock)
            {
                // Calling with an offset confirms every update below it: Telegram forgets them.
                if (offset > 0)
                {
                    _updates.RemoveAll(u => (long)u["update_id"]! < offset);
                    _acknowledged = Math.Max(_acknowledged, offset - 1);
                }
                var ready = _updates.Take(limit).Select(u => u.DeepClone()).ToArray();
                Calls.Enqueue(new ApiCall("getupdates", body, DateTimeOffset.UtcNow, 200));
                if (ready.Length > 0 || DateTimeOffset.UtcNow >= until)
                    return new JsonArray(ready);
            }
            var left = until - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
                return [];
            try
            {
                await _arrived.WaitAsync(left, aborted);
            }
            catch (OperationCanceledException)
            {
                return [];
            }
        }
    }

    private JsonObject SentMessage(JsonObject body, int? messageId = null)
    {
        var id = messageId ?? Interlocked.Increment(ref _nextMessageId);
        var message = new JsonObject
        {
            ["message_id"] = id,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject
            {
                ["id"] = JsonValue.Create(
                    long.Parse(body["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture)
                ),
                ["type"] = "private",
            },
            ["from"] = new JsonObject
            {
                ["id"] = 123456789,
                ["is_bot"] = true,
                ["first_name"] = "ThanUyen",
            },
        };
        if (body["text"] is { } text)
            message["text"] = text.ToString();
        return message;
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var obj = new JsonObject();
            foreach (var field in form)
                obj[field.Key] = field.Value.ToString();
            foreach (var file in form.Files)
                obj[file.Name] = $"<file {file.FileName} {file.Length} bytes>";
            // Telegram.Bot names uploads "attach://0": resolve them so tests read the field itself.
            foreach (var field in form.Where(f => f.Value.ToString().StartsWith("attach://", StringComparison.Ordinal)))
                obj[field.Key] = obj[field.Value.ToString()["attach://".Length..]]?.DeepClone();
            return obj;
        }
        if (request.ContentLength is 0 || request.ContentType is null)
            return [];
        return (await JsonNode.ParseAsync(request.Body))?.AsObject() ?? [];
    }

    private static IResult Ok(JsonNode? result) =>
        Results.Text(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString(), "application/json");

    private static IResult Error(int code, string description, int? retryAfter = null)
    {
        var error = new JsonObject
        {
            ["ok"] = false,
            ["error_code"] = code,
            ["description"] = description,
        };
        if (retryAfter is { } r)
            error["parameters"] = new JsonObject { ["retry_after"] = r };
        return Results.Text(error.ToJsonString(), "application/json", statusCode: code);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ApiCall(string Method, JsonObject Body, DateTimeOffset At, int Status)
{
    public long ChatId =>
        Body["chat_id"] is { } c
        && long.TryParse(c.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : 0;
    public string Text => Body["text"]?.ToString() ?? Body["caption"]?.ToString() ?? "";
    public string Markup => Body["reply_markup"]?.ToJsonString() ?? "";
}

public sealed record Fault(
    int Code,
    string Description,
    int? RetryAfter = null,
    bool Hang = false,
    bool Drop = false,
    bool Html = false
)
{
    public static readonly Fault BadGatewayPage = new(502, "Bad Gateway", Html: true);
    public static readonly Fault Dropped = new(0, "connection dropped", Drop: true);
    public static readonly Fault Hangs = new(0, "no answer", Hang: true);

    /// <summary>One of the faults a real network and Bot API produce, picked at random.</summary>
    public static Fault Any(Random random, bool allowHang) =>
        random.Next(allowHang ? 5 : 4) switch
        {
            0 => TooManyRequests(random.Next(1, 4)),
            1 => ServerError,
            2 => BadGatewayPage,
            3 => Dropped,
            _ => Hangs,
        };

    public static Fault TooManyRequests(int retryAfter) =>
        new(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);

    public static readonly Fault ServerError = new(500, "Internal Server Error");
    public static readonly Fault Blocked = new(403, "Forbidden: bot was blocked by the user");
}
