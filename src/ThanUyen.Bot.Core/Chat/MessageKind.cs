namespace ThanUyen.Bot.Core.Chat;

public enum MessageKind
{
    Text,

    /// <summary>A button press (Telegram callback query).</summary>
    Button,
    Photo,
    Voice,
    Location,
    Sticker,

    /// <summary>Anything the channel delivered that the bot cannot read (video, file, hidden Zalo content).</summary>
    Unsupported,

    /// <summary>
    /// A file (a register spreadsheet): <see cref="IncomingMessage.DocumentFileId"/> names it. Last, because kinds
    /// are stored as numbers.
    /// </summary>
    Document,
}
