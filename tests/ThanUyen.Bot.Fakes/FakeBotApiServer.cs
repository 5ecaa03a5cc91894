using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ThanUyen.Bot.Fakes;

/// <summary>
/// A small Telegram Bot API on 127.0.0.1 (random port) with Telegram's JSON shapes: {ok,result},
/// errors {ok:false,error_code,description,parameters}, dates in seconds, offset acknowledgement,
/// long-poll timeout. Records every call; <see cref="FakeServer.Fault"/> can answer 429/500/403 or hang.
/// </summary>
public sealed partial class FakeBotApiServer : FakeServer
{
    public const string Token = "123456789:FAKE_token_for_tests_only";
    public const string BotUsername = "ThanUyenTestBot";
    private readonly List<JsonObject> _updates = [];
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _nextUpdateId = 1000,
        _nextMessageId = 1;
    private long _acknowledged;

    /// <summary>When set, more than this many sends in any one second get 429 (like Telegram's ~30/s).</summary>
    public int? SendsPerSecondLimit { get; set; }
    private readonly Queue<DateTimeOffset> _recentSends = new();

    private FakeBotApiServer()
        : base(Token) { }

    public static Task<FakeBotApiServer> StartAsync()
    {
        var server = new FakeBotApiServer();
        return ListenAsync(server, app => MapFiles(app, server));
    }

    protected override string MethodName(string method) => method.ToLowerInvariant();

    protected override async Task<IResult> AnswerAsync(string method, JsonObject body, HttpContext context)
    {
        if (IsSend(method) && OverLimit())
        {
            Record(new ApiCall(method, body, DateTimeOffset.UtcNow, 429));
            return Error(429, "Too Many Requests: retry after 1", 1);
        }
        // Before the call is logged: a test woken by the send then finds the media too.
        if (method is "sendphoto" or "sendvoice" or "sendmediagroup")
            RecordMedia(method, body);
        if (method != "getupdates")
            Record(new ApiCall(method, body, DateTimeOffset.UtcNow, 200), delivered: IsSend(method));
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
            "sendmessage" or "senddocument" => Ok(Shown(SentMessage(body), body)),
            "sendphoto" or "sendvoice" => Ok(Shown(SentMessage(body), body)),
            "sendmediagroup" => Ok(AlbumSent(body)),
            "editmessagetext" or "editmessagereplymarkup" => Edited(method, body),
            "getfile" => GetFile(body) is { } file ? Ok(file) : Error(400, "Bad Request: invalid file_id"),
            _ => Ok(true),
        };
    }

    private static bool IsSend(string method) =>
        method is "sendmessage" or "sendphoto" or "senddocument" or "sendvoice" or "sendmediagroup";

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
        var offset = body["offset"] is { } o ? long.Parse(o.ToString(), CultureInfo.InvariantCulture) : 0;
        var timeout = body["timeout"] is { } t ? int.Parse(t.ToString(), CultureInfo.InvariantCulture) : 0;
        var limit = body["limit"] is { } l ? int.Parse(l.ToString(), CultureInfo.InvariantCulture) : 100;
        var until = DateTimeOffset.UtcNow.AddSeconds(timeout);
        while (true)
        {
            JsonNode[] ready;
            lock (_lock)
            {
                // Calling with an offset confirms every update below it: Telegram forgets them.
                if (offset > 0)
                {
                    _updates.RemoveAll(u => (long)u["update_id"]! < offset);
                    _acknowledged = Math.Max(_acknowledged, offset - 1);
                }
                ready = _updates.Take(limit).Select(u => u.DeepClone()).ToArray();
            }
            Record(new ApiCall("getupdates", body, DateTimeOffset.UtcNow, 200));
            if (ready.Length > 0 || DateTimeOffset.UtcNow >= until)
                return new JsonArray(ready);
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
                ["id"] = JsonValue.Create(long.Parse(body["chat_id"]!.ToString(), CultureInfo.InvariantCulture)),
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
}
