using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ThanUyen.Bot.Fakes;

/// <summary>
/// What the fake Telegram and Zalo servers share: Kestrel on 127.0.0.1 at a random port, the
/// /bot{token}/{method} route with its token check, injected faults, the {ok,result} envelopes,
/// shutdown, and the call log with its transcripts (FakeServer.Log.cs).
/// </summary>
public abstract partial class FakeServer : IAsyncDisposable
{
    private readonly string _token;
    private WebApplication? _app;

    protected FakeServer(string token) => _token = token;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Return a fault for a call (method, body) or null to answer normally.</summary>
    public Func<string, JsonObject, Fault?>? Fault { get; set; }

    /// <summary>Starts <paramref name="server"/>; <paramref name="routes"/> adds routes beyond the API's own.</summary>
    protected static async Task<TServer> ListenAsync<TServer>(TServer server, Action<WebApplication>? routes = null)
        where TServer : FakeServer
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapMethods("/bot{token}/{method}", ["GET", "POST"], server.RouteAsync);
        routes?.Invoke(app);
        await app.StartAsync();
        server._app = app;
        server.BaseUrl = app.Urls.First();
        return server;
    }

    /// <summary>The method name as this platform matches it (Telegram ignores case, Zalo does not).</summary>
    protected virtual string MethodName(string method) => method;

    /// <summary>Answers an authorized call that no fault intercepted.</summary>
    protected abstract Task<IResult> AnswerAsync(string method, JsonObject body, HttpContext context);

    private async Task<IResult> RouteAsync(string token, string method, HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request);
        if (token != _token)
            return Error(401, "Unauthorized");
        method = MethodName(method);
        if (Fault?.Invoke(method, body) is { } fault)
            return await FaultAsync(method, body, fault, context);
        return await AnswerAsync(method, body, context);
    }

    private async Task<IResult> FaultAsync(string method, JsonObject body, Fault fault, HttpContext context)
    {
        Record(new ApiCall(method.ToLowerInvariant(), body, DateTimeOffset.UtcNow, fault.Code));
        if (fault.Hang)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException) { }
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

    /// <summary>JSON bodies, or forms (uploads) turned into the same shape so tests read one thing.</summary>
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
        var text = await new StreamReader(request.Body).ReadToEndAsync();
        return text.Length > 0 ? JsonNode.Parse(text)?.AsObject() ?? [] : [];
    }

    protected static IResult Ok(JsonNode? result) =>
        Results.Text(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString(), "application/json");

    /// <summary>The HTTP status that carries an error code (Zalo sends its long-poll 408 with a 200).</summary>
    protected virtual int HttpStatus(int errorCode) => errorCode;

    protected IResult Error(int code, string description, int? retryAfter = null)
    {
        var error = new JsonObject
        {
            ["ok"] = false,
            ["error_code"] = code,
            ["description"] = description,
        };
        if (retryAfter is { } r)
            error["parameters"] = new JsonObject { ["retry_after"] = r };
        return Results.Text(error.ToJsonString(), "application/json", statusCode: HttpStatus(code));
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}
