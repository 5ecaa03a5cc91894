namespace ThanUyen.Bot.Core.Chat;

/// <summary>
/// What a platform can do, published by its adapter in the host. Core reads these and never a platform's
/// name: text limits, buttons or numbered lines, edits, files, audio, rates, invitation links.
/// </summary>
public sealed record ChannelCapabilities(string Name)
{
    /// <summary>Longest text one message may carry (Telegram 4096, Zalo 2000).</summary>
    public int MaxText { get; init; } = 4096;

    /// <summary>Longest caption under a photo or file (Telegram 1024).</summary>
    public int MaxCaption { get; init; } = 1024;

    /// <summary>Buttons under a message; without them choices are numbered lines answered by number or name.</summary>
    public bool Buttons { get; init; }

    /// <summary>A sent message can be edited later (remove its buttons, show the answer).</summary>
    public bool Edits { get; init; }

    /// <summary>A document (an XLSX export) can be sent as a file.</summary>
    public bool Files { get; init; }

    /// <summary>
    /// Largest file the bot may upload (Telegram: 50 MB); 0 when there is no such limit (a console saves the file,
    /// Zalo gets a download link).
    /// </summary>
    public long MaxUpload { get; init; }

    /// <summary>Photos can be uploaded as bytes (else only by a public URL).</summary>
    public bool PhotoUploads { get; init; }

    /// <summary>Voice notes can be sent (spoken questions, voice problems in digests).</summary>
    public bool Audio { get; init; }

    /// <summary>A "typing…" action can be shown while something slow is prepared.</summary>
    public bool ChatActions { get; init; }

    /// <summary>
    /// The chat's own list of commands can be set (Telegram's "/" menu per chat): each role sees what it may use.
    /// </summary>
    public bool CommandLists { get; init; }

    /// <summary>Overall messages per second the platform accepts (0: no cap).</summary>
    public double PerSecond { get; init; }

    /// <summary>Messages per second to one chat after a burst of <see cref="PerChatBurst"/> (0: no cap).</summary>
    public double PerChatPerSecond { get; init; }

    public int PerChatBurst { get; init; } = 1;

    /// <summary>Messages per minute to one group chat (0: no cap).</summary>
    public int GroupPerMinute { get; init; }

    /// <summary>Whether a chat id is a group (Telegram: negative ids).</summary>
    public Func<string, bool> IsGroup { get; init; } = _ => false;

    /// <summary>A link that opens the bot with an invitation code, when the platform has one.</summary>
    public Func<string, string?> InvitationLink { get; init; } = _ => null;
}
