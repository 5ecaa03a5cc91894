namespace ThanUyen.Bot.Core.Media;

public enum MediaFetchStatus
{
    Pending = 0,

    /// <summary>Kept in the media folder (<see cref="MediaFetch.Token"/>).</summary>
    Done = 1,

    /// <summary>Too many tries, too old, too big or not what it claimed: the answer keeps the file_id only.</summary>
    GaveUp = 2,
}
