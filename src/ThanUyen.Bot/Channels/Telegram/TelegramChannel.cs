using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;
using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Channels.Telegram;

/// <summary>
/// Sends outbox messages with Telegram.Bot and translates its failures into <see cref="SendOutcome"/>s.
/// </summary>
public sealed class TelegramChannel(
    TelegramBotClient bot,
    IOptions<TelegramOptions> options,
    SecretScrubber scrubber,
    TelegramFiles files
) : IChatChannel
{
    public string Name => "telegram";

    public Task<IncomingMessage> PrepareAsync(IncomingMessage message, CancellationToken cancellationToken) =>
        files.PrepareAsync(message, cancellationToken);

    public async Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.SendTimeoutSeconds));
        var chat = new ChatId(long.Parse(message.Address.Id, System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            var markup = TelegramKeyboards.For(message);
            if (message.DocumentBytes is { } doc)
                await bot.SendDocument(
                    chat,
                    InputFile.FromStream(new MemoryStream(doc), message.DocumentName ?? "file"),
                    caption: Caption(message.Text),
                    replyMarkup: markup,
                    cancellationToken: timeout.Token
                );
            else if (message.PhotoBytes is { } png)
                await bot.SendPhoto(
                    chat,
                    InputFile.FromStream(new MemoryStream(png), "chart.png"),
                    caption: Caption(message.Text),
                    replyMarkup: markup,
                    cancellationToken: timeout.Token
                );
            else if (message.PhotoFileId is { } fileId)
                await bot.SendPhoto(
                    chat,
                    InputFile.FromFileId(fileId),
                    caption: Caption(message.Text),
                    replyMarkup: markup,
                    cancellationToken: timeout.Token
                );
            else
                await bot.SendMessage(chat, message.Text, replyMarkup: markup, cancellationToken: timeout.Token);
            return SendOutcome.Ok;
        }
        catch (ApiRequestException e)
        {
            return Classify(e);
        }
        catch (RequestException e)
        {
            return new SendOutcome(SendResult.Transient, Error: scrubber.Describe(e));
        }
        catch (HttpRequestException e)
        {
            return new SendOutcome(SendResult.Transient, Error: scrubber.Describe(e));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendOutcome(SendResult.Transient, Error: "timeout");
        }
    }

    public async Task AcknowledgeAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (message.AckId is not { } id)
            return;
        // A press handled again after a crash is "query is too old": harmless.
        try
        {
            await bot.AnswerCallbackQuery(id, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is ApiRequestException or RequestException or HttpRequestException) { }
    }

    /// <summary>Captions are capped at 1024 characters; the outbox keeps photo texts short.</summary>
    private static string? Caption(string text) =>
        text.Length == 0 ? null
        : text.Length <= 1024 ? text
        : text[..1021] + "…";

    private SendOutcome Classify(ApiRequestException e)
    {
        var error = scrubber.Scrub($"{e.ErrorCode}: {e.Message}");
        return e.ErrorCode switch
        {
            429 => new SendOutcome(
                SendResult.RateLimited,
                TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1)),
                error
            ),
            403 => new SendOutcome(SendResult.Unreachable, Error: error),
            400 when e.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase) => new SendOutcome(
                SendResult.Unreachable,
                Error: error
            ),
            400 => new SendOutcome(SendResult.Rejected, Error: error),
            _ => new SendOutcome(SendResult.Transient, Error: error),
        };
    }
}
