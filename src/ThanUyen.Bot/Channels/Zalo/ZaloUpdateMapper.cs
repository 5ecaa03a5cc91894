using System.Text.Json;
using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Channels.Zalo;

/// <summary>
/// Zalo updates → <see cref="IncomingMessage"/>: string ids, dates in milliseconds, unknown events ignored.
/// </summary>
public static class ZaloUpdateMapper
{
    /// <summary>A webhook body may come wrapped in {ok, result}: accept both.</summary>
    public static JsonElement Unwrap(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object
        && body.TryGetProperty("result", out var result)
        && result.ValueKind == JsonValueKind.Object
            ? result
            : body;

    public static IncomingMessage? Map(JsonElement update, string? botId)
    {
        if (
            update.ValueKind != JsonValueKind.Object
            || !update.TryGetProperty("message", out var m)
            || m.ValueKind != JsonValueKind.Object
        )
            return null;
        var kind = Text(update, "event_name") switch
        {
            "message.text.received" => MessageKind.Text,
            "message.image.received" => MessageKind.Photo,
            "message.sticker.received" => MessageKind.Sticker,
            // Not in Zalo's documentation; seen in third-party clients: {voice_url: "…/x.aac", duration?}.
            "message.voice.received" => MessageKind.Voice,
            "message.unsupported.received" => MessageKind.Unsupported,
            _ => (MessageKind?)null,
        };
        var messageId = Text(m, "message_id");
        var chatId = m.TryGetProperty("chat", out var chat) ? Text(chat, "id") : null;
        if (kind is null || messageId is null || chatId is null)
            return null;
        m.TryGetProperty("from", out var from);
        var fromId = from.ValueKind == JsonValueKind.Object ? Text(from, "id") : null;
        // The bot's own echoes and other bots are not people.
        if (
            (botId is not null && fromId == botId)
            || (
                from.ValueKind == JsonValueKind.Object
                && from.TryGetProperty("is_bot", out var isBot)
                && isBot.ValueKind == JsonValueKind.True
            )
        )
            return null;
        var date =
            m.TryGetProperty("date", out var d) && d.TryGetInt64(out var ms)
                ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
                : DateTimeOffset.UtcNow;
        return new IncomingMessage(new ChatAddress("zalo", chatId), $"zalo:{messageId}", kind.Value)
        {
            Text = kind == MessageKind.Text ? Text(m, "text") : Text(m, "caption"),
            SenderName = from.ValueKind == JsonValueKind.Object ? Text(from, "display_name") : null,
            PhotoFileId = kind == MessageKind.Photo ? Text(m, "photo_url") ?? Text(m, "photo") : null,
            VoiceFileId = kind == MessageKind.Voice ? Text(m, "voice_url") ?? Text(m, "url") : null,
            VoiceSeconds = kind == MessageKind.Voice ? Seconds(m) : 0,
            ChannelMessageId = messageId,
            SentAt = date,
        };
    }

    /// <summary>A voice note's length if Zalo gives one ("duration"; milliseconds when implausibly large).</summary>
    private static int Seconds(JsonElement m) =>
        m.TryGetProperty("duration", out var d) && d.TryGetDouble(out var value) && value > 0
            ? (int)Math.Round(value > 3600 ? value / 1000 : value)
            : 0;

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object
        && e.TryGetProperty(name, out var v)
        && v.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? v.ToString()
            : null;
}
