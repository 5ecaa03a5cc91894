namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// A voice note given where text was asked, stored as "voice:&lt;file&gt;:&lt;seconds&gt;". The file is the
/// platform's id or "media:&lt;token&gt;" (itself holding a colon), so the seconds are read from the last colon.
/// </summary>
public sealed record VoiceAnswer(string File, int Seconds)
{
    public const string Prefix = "voice:";

    public string Stored => $"{Prefix}{File}:{Seconds}";

    /// <summary>"🎤 0:42", as digests and exports mark a voice answer.</summary>
    public string Shown => T.VoiceShort(Seconds);

    public static bool Is(string? value) => value?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public static VoiceAnswer? Read(string? value)
    {
        if (!Is(value))
            return null;
        var rest = value![Prefix.Length..];
        var colon = rest.LastIndexOf(':');
        return colon > 0 && int.TryParse(rest[(colon + 1)..], out var seconds)
            ? new VoiceAnswer(rest[..colon], seconds)
            : new VoiceAnswer(rest, 0);
    }

    /// <summary>A text answer as people read it in a digest or a cell: a voice note reads "🎤 0:42".</summary>
    public static string Show(string value) => Read(value)?.Shown ?? value;
}
