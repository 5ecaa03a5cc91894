namespace ThanUyen.Bot.Core.Chat;

/// <summary>A message to send. Stored as-is in the outbox, so it must stay a plain document.</summary>
public sealed class OutgoingMessage
{
    /// <summary>Most photos one album may hold (Telegram's sendMediaGroup takes 2–10).</summary>
    public const int MaxAlbum = 10;

    public int Id { get; set; }
    public string Chat { get; set; } = "";

    /// <summary>A new message (the default), an edit of one sent before, or the chat's new command list.</summary>
    public OutgoingKind Kind { get; set; }

    /// <summary>
    /// For an edit: the outbox id of the message it changes. The sender turns it into that message's
    /// <see cref="PlatformMessageId"/> at send time, and skips the edit quietly when there is none (not sent yet,
    /// failed, pruned). Null when the edit names the platform message itself (a pressed list page).
    /// </summary>
    public int? EditOf { get; set; }

    /// <summary>
    /// The platform's id of this message once sent (recorded by the sender); for an edit, the message it changes.
    /// </summary>
    public string? PlatformMessageId { get; set; }
    public string Text { get; set; } = "";
    public List<Choice> Choices { get; set; } = [];

    /// <summary>Choices are answers to pick by number (true) or shortcuts next to free input (false).</summary>
    public bool NumberedChoices { get; set; } = true;

    /// <summary>Ask for the device location with a reply-keyboard button (Telegram private chats only).</summary>
    public bool RequestLocation { get; set; }
    public string? PhotoFileId { get; set; }
    public byte[]? PhotoBytes { get; set; }

    /// <summary>
    /// Photos sent together as one album (at most <see cref="MaxAlbum"/>), <see cref="Text"/> as its caption.
    /// An album carries no buttons (Telegram does not allow them): put them on a message of their own.
    /// </summary>
    public List<OutgoingMedia> Album { get; set; } = [];

    /// <summary>A voice note, <see cref="Text"/> as its caption (where the platform cannot play one, a line).</summary>
    public OutgoingMedia? Voice { get; set; }
    public string? DocumentName { get; set; }
    public byte[]? DocumentBytes { get; set; }

    /// <summary>
    /// A document kept in the media folder ("media:&lt;token&gt;") instead of <see cref="DocumentBytes"/>: an export
    /// archive can be far larger than one database document may be.
    /// </summary>
    public string? DocumentFile { get; set; }
    public OutboxPriority Priority { get; set; }

    /// <summary>Set on messages of one /broadcast, so its sender can be told how it went.</summary>
    public int? BroadcastId { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }

    public ChatAddress Address => ChatAddress.Parse(Chat);
}
