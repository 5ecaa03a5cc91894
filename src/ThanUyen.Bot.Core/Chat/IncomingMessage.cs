namespace ThanUyen.Bot.Core.Chat;

/// <summary>One thing a person sent, already translated from the channel's shape.</summary>
/// <param name="DeliveryId">Channel-level id used to make a re-delivered update a no-op ("telegram:u42:m7").</param>
public sealed record IncomingMessage(ChatAddress Chat, string DeliveryId, MessageKind Kind)
{
    public string? Text { get; init; }

    /// <summary>The callback data of a pressed button.</summary>
    public string? ButtonData { get; init; }
    public string? SenderName { get; init; }

    /// <summary>Largest photo size's file id (Telegram) or a stored file reference (Zalo).</summary>
    public string? PhotoFileId { get; init; }
    public string? MediaGroupId { get; init; }
    public string? VoiceFileId { get; init; }

    /// <summary>
    /// A sent file: the platform's file id until the host has downloaded it, then "media:&lt;token&gt;" (a file the
    /// service keeps, <see cref="Storage.MediaFiles"/>).
    /// </summary>
    public string? DocumentFileId { get; init; }
    public string? DocumentName { get; init; }

    /// <summary>Bytes, as the platform announced it (a file too big is not downloaded).</summary>
    public long? DocumentSize { get; init; }
    public int VoiceSeconds { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? ChannelMessageId { get; init; }
    public DateTimeOffset SentAt { get; init; }

    /// <summary>
    /// The platform's id of a button press to acknowledge after handling (Telegram callback query id).
    /// </summary>
    public string? AckId { get; init; }

    /// <summary>
    /// It came from the durable inbox (webhook, Zalo) and leaves it in the transaction that handles it.
    /// </summary>
    public bool FromInbox { get; init; }
}
