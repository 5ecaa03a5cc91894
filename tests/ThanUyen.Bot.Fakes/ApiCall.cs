using System.Text.Json.Nodes;

namespace ThanUyen.Bot.Fakes;

/// <summary>One call the bot made to a fake platform, as the fake saw and answered it.</summary>
public sealed record ApiCall(string Method, JsonObject Body, DateTimeOffset At, int Status)
{
    public long ChatId =>
        Body["chat_id"] is { } c
        && long.TryParse(c.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : 0;

    /// <summary>The chat as the platform names it (Telegram numbers, Zalo strings); "" when none.</summary>
    public string Chat => Body["chat_id"]?.ToString() ?? "";
    public string Text => Body["text"]?.ToString() ?? Body["caption"]?.ToString() ?? AlbumCaption ?? "";

    /// <summary>sendMediaGroup carries its caption on the first photo of "media" (JSON, or a JSON string).</summary>
    private string? AlbumCaption =>
        Body["media"] switch
        {
            JsonArray a => a.FirstOrDefault()?["caption"]?.ToString(),
            JsonValue v when v.ToString().StartsWith('[') => JsonNode.Parse(v.ToString())?[0]?["caption"]?.ToString(),
            _ => null,
        };
    public string Markup => Body["reply_markup"]?.ToJsonString() ?? "";
}
