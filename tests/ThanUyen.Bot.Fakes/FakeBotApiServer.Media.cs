using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ThanUyen.Bot.Fakes;

/// <summary>
/// sendMediaGroup, sendPhoto and sendVoice, as JSON (file_ids) or multipart (uploads): each is recorded as a
/// <see cref="SentMedia"/> so tests can check the kind, caption, number of photos and bytes uploaded.
/// </summary>
public sealed partial class FakeBotApiServer
{
    private readonly List<SentMedia> _media = [];

    /// <summary>Every photo, album and voice note sent, oldest first.</summary>
    public List<SentMedia> Media(long? chatId = null)
    {
        lock (_media)
            return [.. _media.Where(m => chatId is null || m.ChatId == chatId)];
    }

    private void RecordMedia(string method, JsonObject body)
    {
        var chat = long.Parse(body["chat_id"]!.ToString(), CultureInfo.InvariantCulture);
        SentMedia sent;
        if (method == "sendmediagroup")
        {
            var items = Album(body);
            var files = items.Select(i => Item(body, i["media"]?.ToString() ?? "")).ToList();
            sent = new SentMedia(
                "album",
                chat,
                items.FirstOrDefault()?["caption"]?.ToString() ?? "",
                [.. files.Select(f => f.Name)],
                [.. files.Select(f => f.Bytes)]
            );
        }
        else
        {
            var field = method == "sendvoice" ? "voice" : "photo";
            var file = Item(body, body[field]?.ToString() ?? "");
            sent = new SentMedia(
                method == "sendvoice" ? "voice" : "photo",
                chat,
                body["caption"]?.ToString() ?? "",
                [file.Name],
                [file.Bytes]
            )
            {
                Duration = body["duration"] is { } d ? int.Parse(d.ToString(), CultureInfo.InvariantCulture) : null,
            };
        }
        lock (_media)
            _media.Add(sent);
    }

    /// <summary>The album's items: a JSON array in a JSON body, a JSON string in a form.</summary>
    private static List<JsonObject> Album(JsonObject body) =>
        body["media"] switch
        {
            JsonArray a => [.. a.OfType<JsonObject>()],
            JsonValue v => [.. JsonNode.Parse(v.ToString())!.AsArray().OfType<JsonObject>()],
            _ => [],
        };

    /// <summary>An upload ("&lt;file a.jpg 12 bytes&gt;" from the form reader), "attach://x", or a file_id.</summary>
    private static (string Name, long Bytes) Item(JsonObject body, string value)
    {
        if (value.StartsWith("attach://", StringComparison.Ordinal))
            value = body[value["attach://".Length..]]?.ToString() ?? value;
        var upload = Regex.Match(value, @"^<file (.*) (\d+) bytes>$");
        return upload.Success
            ? (upload.Groups[1].Value, long.Parse(upload.Groups[2].Value, CultureInfo.InvariantCulture))
            : (value, 0);
    }

    /// <summary>An album's answer: one message per photo, as Telegram sends them.</summary>
    private JsonArray AlbumSent(JsonObject body) =>
        [.. Album(body).Select((_, i) => (JsonNode)(i == 0 ? Shown(SentMessage(body), body) : SentMessage(body)))];

    /// <summary>A person sends a voice note; with bytes, getFile serves them.</summary>
    public JsonObject UserSendsVoice(long chatId, string fileId, int seconds, byte[]? bytes = null)
    {
        if (bytes is not null)
            AddFile(fileId, bytes);
        return Message(
            chatId,
            "Lò Văn A",
            m =>
                m["voice"] = new JsonObject
                {
                    ["file_id"] = fileId,
                    ["file_unique_id"] = "u" + fileId,
                    ["duration"] = seconds,
                    ["mime_type"] = "audio/ogg",
                    ["file_size"] = bytes?.Length ?? 1000,
                }
        );
    }
}
