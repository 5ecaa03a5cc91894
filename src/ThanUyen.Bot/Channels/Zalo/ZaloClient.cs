using System.Net.Http.Json;
using System.Text.Json;

namespace ThanUyen.Bot.Channels.Zalo;

/// <summary>
/// A small typed client for the Zalo Bot Platform: POST {base}/bot{token}/{method} with JSON, envelope
/// {ok,result} or {ok:false,error_code,description}, read whatever the HTTP status. No package exists.
/// </summary>
public sealed class ZaloClient(HttpClient http, ZaloOptions options)
{
    private Uri Url(string method) => new($"{options.ApiBaseUrl.TrimEnd('/')}/bot{options.BotToken!.Trim()}/{method}");

    public async Task<JsonElement> CallAsync(string method, object? body, CancellationToken ct)
    {
        using var response = await http.PostAsync(Url(method), JsonContent.Create(body ?? new { }), ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(text).RootElement;
        }
        catch (JsonException)
        {
            throw new ZaloApiException((int)response.StatusCode, "not a JSON answer");
        }
        if (
            root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("ok", out var ok)
            && ok.ValueKind == JsonValueKind.True
        )
            return root.TryGetProperty("result", out var result) ? result.Clone() : default;
        var code =
            root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("error_code", out var c)
            && c.TryGetInt32(out var n)
                ? n
                : (int)response.StatusCode;
        var description =
            root.ValueKind == JsonValueKind.Object && root.TryGetProperty("description", out var d) ? d.ToString() : "";
        throw new ZaloApiException(code, description);
    }

    public async Task<string?> GetMeIdAsync(CancellationToken ct) =>
        (await CallAsync("getMe", null, ct)) is { ValueKind: JsonValueKind.Object } me
        && me.TryGetProperty("id", out var id)
            ? id.ToString()
            : null;

    /// <summary>One update (or several, defensively); none when Zalo answers 408 (nothing arrived).</summary>
    public async Task<List<JsonElement>> GetUpdatesAsync(int timeoutSeconds, CancellationToken ct)
    {
        try
        {
            var result = await CallAsync(
                "getUpdates",
                new { timeout = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                ct
            );
            return result.ValueKind switch
            {
                JsonValueKind.Array => result.EnumerateArray().Select(e => e.Clone()).ToList(),
                JsonValueKind.Object => [result],
                _ => [],
            };
        }
        catch (ZaloApiException e) when (e.ErrorCode == 408)
        {
            return [];
        }
    }

    public Task DeleteWebhookAsync(CancellationToken ct) => CallAsync("deleteWebhook", null, ct);

    public Task SetWebhookAsync(string url, string secret, CancellationToken ct) =>
        CallAsync("setWebhook", new { url, secret_token = secret }, ct);

    public Task SendMessageAsync(string chatId, string text, CancellationToken ct) =>
        CallAsync("sendMessage", new { chat_id = chatId, text }, ct);

    public Task SendPhotoAsync(string chatId, string photoUrl, string? caption, CancellationToken ct) =>
        CallAsync(
            "sendPhoto",
            new
            {
                chat_id = chatId,
                photo = photoUrl,
                caption,
            },
            ct
        );

    /// <summary>"typing…" in the chat (Zalo has only this action).</summary>
    public Task SendChatActionAsync(string chatId, CancellationToken ct) =>
        CallAsync("sendChatAction", new { chat_id = chatId, action = "typing" }, ct);
}
