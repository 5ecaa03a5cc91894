namespace ThanUyen.Bot.Fakes;

/// <summary>
/// A photo, album or voice note the bot sent, as the fake Bot API saw it: each item is a file_id sent again
/// or an upload (then <see cref="Bytes"/> holds its length; 0 for a file_id).
/// </summary>
public sealed record SentMedia(string Kind, long ChatId, string Caption, List<string> Items, List<long> Bytes)
{
    public int Photos => Kind is "album" or "photo" ? Items.Count : 0;

    /// <summary>How many items were uploaded rather than named by file_id.</summary>
    public int Uploads => Bytes.Count(b => b > 0);

    /// <summary>A voice note's duration as sent (sendVoice "duration"), else null.</summary>
    public int? Duration { get; init; }
}
