namespace ThanUyen.Bot.Core.Media;

public enum MediaKind
{
    Photo = 0,
    Voice = 1,
}
