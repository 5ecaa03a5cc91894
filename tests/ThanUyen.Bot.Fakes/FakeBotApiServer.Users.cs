using System.Globalization;
using System.Text.Json.Nodes;

namespace ThanUyen.Bot.Fakes;

/// <summary>What people do on the fake Telegram: type, press buttons, send photos; and what they received.</summary>
public sealed partial class FakeBotApiServer
{
    public long Enqueue(Func<long, JsonObject> build)
    {
        long id;
        lock (_lock)
        {
            id = _nextUpdateId++;
            var update = build(id);
            update["update_id"] = id;
            var (chat, text) = Describe(update);
            RecordInbound(chat, text); // before the bot can see it: transcripts keep cause before effect
            _updates.Add(update);
        }
        _arrived.Release();
        return id;
    }

    /// <summary>Delivers an update Telegram already delivered (as after an unconfirmed offset).</summary>
    public void Redeliver(JsonObject update)
    {
        var (chat, text) = Describe(update);
        lock (_lock)
        {
            RecordInbound(chat, "(again) " + text);
            _updates.Add(update);
        }
        _arrived.Release();
    }

    public JsonObject UserSays(long chatId, string text, string firstName = "Lò Văn A") =>
        Message(chatId, firstName, m => m["text"] = text);

    public JsonObject UserSendsPhoto(long chatId, string fileId, string? mediaGroup = null) =>
        Message(
            chatId,
            "Lò Văn A",
            m =>
            {
                m["photo"] = new JsonArray(
                    new JsonObject
                    {
                        ["file_id"] = fileId + "-small",
                        ["file_unique_id"] = "s",
                        ["width"] = 90,
                        ["height"] = 90,
                    },
                    new JsonObject
                    {
                        ["file_id"] = fileId,
                        ["file_unique_id"] = "b",
                        ["width"] = 1280,
                        ["height"] = 960,
                    }
                );
                if (mediaGroup is not null)
                    m["media_group_id"] = mediaGroup;
            }
        );

    public JsonObject UserSendsSticker(long chatId) =>
        Message(
            chatId,
            "Lò Văn A",
            m =>
                m["sticker"] = new JsonObject
                {
                    ["file_id"] = "st1",
                    ["file_unique_id"] = "st1",
                    ["type"] = "regular",
                    ["width"] = 512,
                    ["height"] = 512,
                    ["is_animated"] = false,
                    ["is_video"] = false,
                }
        );

    /// <summary>A press on a button of message <paramref name="messageId"/> (the one the keyboard is under).</summary>
    public JsonObject UserPresses(long chatId, string data, string firstName = "Lò Văn A", int messageId = 1)
    {
        JsonObject? made = null;
        Enqueue(id =>
            made = new JsonObject
            {
                ["callback_query"] = new JsonObject
                {
                    ["id"] = $"cq{id}",
                    ["from"] = User(chatId, firstName),
                    ["chat_instance"] = "ci",
                    ["data"] = data,
                    ["message"] = new JsonObject
                    {
                        ["message_id"] = messageId,
                        ["date"] = Now(),
                        ["chat"] = Chat(chatId),
                    },
                },
            }
        );
        return made!;
    }

    private JsonObject Message(long chatId, string firstName, Action<JsonObject> fill)
    {
        JsonObject? made = null;
        Enqueue(id =>
        {
            var message = new JsonObject
            {
                ["message_id"] = Interlocked.Increment(ref _nextMessageId),
                ["date"] = Now(),
                ["chat"] = Chat(chatId, firstName),
                ["from"] = User(chatId, firstName),
            };
            fill(message);
            return made = new JsonObject { ["message"] = message };
        });
        return made!;
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static JsonObject Chat(long id, string firstName = "Lò Văn A") =>
        new()
        {
            ["id"] = id,
            ["type"] = "private",
            ["first_name"] = firstName,
        };

    private static JsonObject User(long id, string firstName) =>
        new()
        {
            ["id"] = id,
            ["is_bot"] = false,
            ["first_name"] = firstName,
        };

    public List<ApiCall> Sent(long chatId) => Sent(chatId.ToString(CultureInfo.InvariantCulture));

    public Task<List<ApiCall>> WaitForSent(long chatId, int count, double seconds = 10) =>
        WaitForSent(chatId.ToString(CultureInfo.InvariantCulture), count, seconds);

    public string Transcript(long chatId) => Transcript(chatId.ToString(CultureInfo.InvariantCulture));

    /// <summary>Waits until Telegram would consider every queued update confirmed.</summary>
    public Task WaitUntilAcknowledged(double seconds = 10) =>
        WaitUntil(
            () =>
            {
                lock (_lock)
                    return _updates.Count == 0;
            },
            "every queued update to be acknowledged by a later getUpdates offset",
            seconds
        );

    /// <summary>Who sent the update and what it says, for transcripts.</summary>
    private static (string Chat, string Text) Describe(JsonObject update)
    {
        if (update["callback_query"] is { } press)
            return (press["from"]?["id"]?.ToString() ?? "", $"[button {press["data"]}]");
        var message = update["message"];
        var text = message?["text"]?.ToString();
        text ??=
            message?["photo"] is not null ? "[photo]"
            : message?["sticker"] is not null ? "[sticker]"
            : message?["voice"] is not null ? "[voice]"
            : "[update]";
        return (message?["chat"]?["id"]?.ToString() ?? "", text);
    }
}
