namespace ThanUyen.Bot.Channels.Zalo;

/// <summary>
/// {"ok":false,"error_code":N,"description":"…"} from the Zalo Bot API. The token is never in the message.
/// </summary>
public sealed class ZaloApiException(int errorCode, string description)
    : Exception($"Zalo error {errorCode}: {description}")
{
    public int ErrorCode => errorCode;
}
