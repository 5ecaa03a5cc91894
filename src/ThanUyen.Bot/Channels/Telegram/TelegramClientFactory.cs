using System.Text.RegularExpressions;
using Telegram.Bot;

namespace ThanUyen.Bot.Channels.Telegram;

/// <summary>
/// Builds the one Telegram.Bot client. Its own HttpClient (not IHttpClientFactory, whose logging
/// would print request URLs — and the token is in the URL path).
/// </summary>
public static partial class TelegramClientFactory
{
    [GeneratedRegex(@"^\d{3,20}:[A-Za-z0-9_-]{20,100}$")]
    private static partial Regex TokenShape();

    public static bool LooksLikeToken(string token) => TokenShape().IsMatch(token.Trim());

    public static TelegramBotClient Create(TelegramOptions options)
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(options.PollTimeoutSeconds + 30) };
        var baseUrl = string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl.TrimEnd('/');
        // The outbox owns retry timing (per-chat order, retry_after, back-off): the library must not
        // sleep inside a send on its own, so its automatic 429 retries are off.
        var clientOptions = new TelegramBotClientOptions(options.BotToken!.Trim(), baseUrl)
        {
            RetryThreshold = 0,
            RetryCount = 0,
        };
        return new TelegramBotClient(clientOptions, http);
    }
}
