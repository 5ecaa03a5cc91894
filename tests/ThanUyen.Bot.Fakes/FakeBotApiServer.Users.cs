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
            _updates.Add(update);
        }
        _arrived.Release();
        return id;
    }

    /// <summary>Delivers an update Telegram already delivered (as after an unconfirmed offset).</summary>
    public void Redeliver(JsonObject update)
    {
        lock (_lock)
            _updates.Add(update);
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

    public List<ApiCall> Sent(long chatId)
    {
        lock (_byChat)
            return _byChat.TryGetValue(chatId, out var list) ? [.. list] : [];
    }

    public int CallsTo(string method) =>
        Calls.Count(c => string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Waits until <paramref name="chatId"/> has received at least <paramref name="count"/> messages.
    /// </summary>
    public async Task<List<ApiCall>> WaitForSent(long chatId, int count, double seconds = 10)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (DateTimeOffset.UtcNow < until)
        {
            var sent = Sent(chatId);
            if (sent.Count >= count)
                return sent;
            await Task.Delay(20);
        }
        throw new TimeoutException(
            $"chat {chatId} got {Sent(chatId).Count} messages, expected {count}: "
                + $"{string.Join(" | ", Sent(chatId).Select(c => c.Text))}"
        );
    }

    /// <summary>Waits until Telegram would consider every queued update confirmed.</summary>
    public async Task WaitUntilAcknowledged(double seconds = 10)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (DateTimeOffset.UtcNow < until)
        {
            lock (_lock)
                if (_updates.Count == 0)
                    return;
            await Task.Delay(20);
        }
        throw new TimeoutException("updates were not acknowledged");
    }
}
