using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ThanUyen.Bot.Fakes;

/// <summary>
/// What each chat shows: every message the bot sent, with the id Telegram gave it, as its edits left it (text and
/// inline keyboard). An edit of a message the chat does not have gets Telegram's 400 "message to edit not found";
/// an edit that changes nothing gets 400 "message is not modified".
/// </summary>
public sealed partial class FakeBotApiServer
{
    private readonly Dictionary<int, ChatMessageView> _shown = [];

    /// <summary>Records a sent message under its id; returns the message for the answer.</summary>
    private JsonObject Shown(JsonObject message, JsonObject body)
    {
        var id = (int)message["message_id"]!;
        lock (_shown)
            _shown[id] = new ChatMessageView(
                id,
                long.Parse(body["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture),
                body["text"]?.ToString() ?? body["caption"]?.ToString() ?? "",
                Keyboard(body)
            );
        return message;
    }

    private IResult Edited(string method, JsonObject body)
    {
        var id = int.Parse(body["message_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        lock (_shown)
        {
            if (
                !_shown.TryGetValue(id, out var shown)
                || shown.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    != body["chat_id"]!.ToString()
            )
                return Error(400, "Bad Request: message to edit not found");
            var edited =
                method == "editmessagetext"
                    ? shown with
                    {
                        Text = body["text"]!.ToString(),
                        Keyboard = Keyboard(body),
                    }
                    : shown with
                    {
                        Keyboard = Keyboard(body),
                    };
            if (edited == shown)
                return Error(400, "Bad Request: message is not modified");
            _shown[id] = edited with { Edits = shown.Edits + 1 };
            return Ok(SentMessage(body, id));
        }
    }

    /// <summary>The labels of an inline keyboard, row after row; empty when it has none.</summary>
    private static List<string> Keyboard(JsonObject body)
    {
        var markup = body["reply_markup"] switch
        {
            JsonObject o => o,
            JsonValue v when v.ToString().StartsWith('{') => JsonNode.Parse(v.ToString())!.AsObject(),
            _ => null,
        };
        return markup?["inline_keyboard"] is JsonArray rows
            ? [.. rows.SelectMany(r => r!.AsArray()).Select(b => b!["text"]!.ToString())]
            : [];
    }

    /// <summary>The chat's messages as they read now, oldest first.</summary>
    public List<ChatMessageView> ChatView(long chatId)
    {
        lock (_shown)
            return [.. _shown.Values.Where(m => m.ChatId == chatId).OrderBy(m => m.Id)];
    }

    /// <summary>Every call of a method, oldest first ("sendchataction", "answercallbackquery" …).</summary>
    public List<ApiCall> CallsOf(string method) =>
        [.. Calls.Where(c => string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase))];
}
