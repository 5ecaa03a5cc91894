namespace ThanUyen.Bot.Core.Spoken;

/// <summary>
/// A question read aloud once by an admin, sent after the question's text to members who asked for spoken
/// questions. Keyed "flow/step". The voice note is the platform's file id (a Telegram file_id is permanent for
/// the bot and is sent again without uploading) and, when the service keeps the file, its media token.
/// </summary>
public sealed class VoicePrompt
{
    public string Id { get; set; } = "";
    public string FlowId { get; set; } = "";
    public string StepKey { get; set; } = "";

    /// <summary>The platform's file id, or null when only a kept file is known.</summary>
    public string? FileId { get; set; }

    /// <summary>The media index token of the kept file (without "media:"), when kept.</summary>
    public string? MediaId { get; set; }
    public int Seconds { get; set; }
    public int RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }

    public static string KeyOf(string flowId, string stepKey) => $"{flowId}/{stepKey}";

    /// <summary>The voice note as the outbox sends it.</summary>
    public Chat.OutgoingMedia Media() =>
        new()
        {
            FileId = FileId,
            MediaId = MediaId,
            Seconds = Seconds,
        };
}
