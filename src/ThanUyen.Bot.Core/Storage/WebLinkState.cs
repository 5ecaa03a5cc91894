namespace ThanUyen.Bot.Core.Storage;

public enum WebLinkState
{
    Valid,
    Unknown,
    Used,
    Expired,
}
