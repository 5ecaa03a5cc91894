namespace ThanUyen.Bot.Core.Chat;

/// <summary>
/// An update accepted from a webhook or a consume-once poll (Zalo), stored before it is answered 200 /
/// before the next poll, and removed in the same transaction that handles it.
/// </summary>
public sealed class InboxEntry
{
    /// <summary>The delivery id ("zalo:2d758cb5…"): storing the same update twice is a no-op.</summary>
    public string Id { get; set; } = "";
    public long Sequence { get; set; }
    public string Chat { get; set; } = "";
    public MessageKind Kind { get; set; }
    public string? Text { get; set; }
    public string? ButtonData { get; set; }
    public string? SenderName { get; set; }
    public string? PhotoFileId { get; set; }
    public string? MediaGroupId { get; set; }
    public string? VoiceFileId { get; set; }
    public int VoiceSeconds { get; set; }
    public string? DocumentFileId { get; set; }
    public string? DocumentName { get; set; }
    public long? DocumentSize { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? ChannelMessageId { get; set; }
    public string? AckId { get; set; }
    public DateTime SentAt { get; set; }
    public DateTime ReceivedAt { get; set; }

    public static InboxEntry From(IncomingMessage m, DateTime nowUtc) =>
        new()
        {
            Id = m.DeliveryId,
            Chat = m.Chat.ToString(),
            Kind = m.Kind,
            Text = m.Text,
            ButtonData = m.ButtonData,
            SenderName = m.SenderName,
            PhotoFileId = m.PhotoFileId,
            MediaGroupId = m.MediaGroupId,
            VoiceFileId = m.VoiceFileId,
            VoiceSeconds = m.VoiceSeconds,
            DocumentFileId = m.DocumentFileId,
            DocumentName = m.DocumentName,
            DocumentSize = m.DocumentSize,
            Latitude = m.Latitude,
            Longitude = m.Longitude,
            ChannelMessageId = m.ChannelMessageId,
            AckId = m.AckId,
            SentAt = m.SentAt.UtcDateTime,
            ReceivedAt = nowUtc,
        };

    public IncomingMessage ToMessage() =>
        new(ChatAddress.Parse(Chat), Id, Kind)
        {
            Text = Text,
            ButtonData = ButtonData,
            SenderName = SenderName,
            PhotoFileId = PhotoFileId,
            MediaGroupId = MediaGroupId,
            VoiceFileId = VoiceFileId,
            VoiceSeconds = VoiceSeconds,
            DocumentFileId = DocumentFileId,
            DocumentName = DocumentName,
            DocumentSize = DocumentSize,
            Latitude = Latitude,
            Longitude = Longitude,
            ChannelMessageId = ChannelMessageId,
            AckId = AckId,
            FromInbox = true,
            SentAt = new DateTimeOffset(DateTime.SpecifyKind(SentAt, DateTimeKind.Utc)),
        };
}
