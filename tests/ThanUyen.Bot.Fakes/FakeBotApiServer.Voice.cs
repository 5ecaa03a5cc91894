using System.Text.Json.Nodes;

namespace ThanUyen.Bot.Fakes;

/// <summary>People on the fake Telegram hold the microphone button: a voice note (OGG/Opus) with its length.</summary>
public sealed partial class FakeBotApiServer
{
    public JsonObject UserSendsVoice(long chatId, string fileId, int seconds, string firstName = "Lò Văn A") =>
        Message(
            chatId,
            firstName,
            m =>
                m["voice"] = new JsonObject
                {
                    ["file_id"] = fileId,
                    ["file_unique_id"] = fileId + "-u",
                    ["duration"] = seconds,
                    ["mime_type"] = "audio/ogg",
                    ["file_size"] = 4000,
                }
        );
}
