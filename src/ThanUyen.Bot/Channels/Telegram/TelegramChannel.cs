using System.Globalization;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;
using ThanUyen.Bot.Core.Chat;
using Action = Telegram.Bot.Types.Enums.ChatAction;

namespace ThanUyen.Bot.Channels.Telegram;

/// <summary>
/// Sends outbox entries with Telegram.Bot (messages, edits of earlier ones, a chat's command list) and translates
/// its failures into <see cref="SendOutcome"/>s. While a file or chart uploads, the chat shows "sending…".
/// </summary>
public sealed class TelegramChannel(
    TelegramBotClient bot,
    IOptions<TelegramOptions> options,
    SecretScrubber scrubber,
    TelegramFiles files,
    TelegramMedia media,
    Core.Storage.Stores stores
) : IChatChannel
{
    public string Name => "telegram";

    public Task<IncomingMessage> PrepareAsync(IncomingMessage message, CancellationToken cancellationToken) =>
        files.PrepareAsync(message, cancellationToken);

    public async Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Up to ten photos may be uploaded in one album: a slow link gets longer than one text takes.
        var uploads = message.Album.Count > 0 || message.Voice is not null ? 4 : 1;
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.SendTimeoutSeconds * uploads));
        var chat = new ChatId(long.Parse(message.Address.Id, CultureInfo.InvariantCulture));
        try
        {
            var sent = message.Kind switch
            {
                OutgoingKind.Edit => await EditAsync(chat, message, timeout.Token),
                OutgoingKind.Commands => await SetCommandsAsync(chat, message, timeout.Token),
                _ => await SendMessageAsync(chat, message, timeout.Token),
            };
            return SendOutcome.Sent(sent?.ToString(CultureInfo.InvariantCulture));
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

    /// <summary>Sends a new message; returns its message_id.</summary>
    private async Task<int?> SendMessageAsync(ChatId chat, OutgoingMessage message, CancellationToken ct)
    {
        if (message.Album.Count > 0)
            return await media.SendAlbumAsync(chat, message, Caption(message.Text), ct);
        var markup = TelegramKeyboards.For(message);
        if (message.Voice is not null)
            return await media.SendVoiceAsync(chat, message, Caption(message.Text), markup, ct);
        if (Core.Storage.MediaFiles.Locate(stores, message.DocumentFile) is { } kept)
        {
            using var working = ChatActionLoop.Start(t =>
                bot.SendChatAction(chat, Action.UploadDocument, cancellationToken: t)
            );
            await using var file = File.OpenRead(kept.Path);
            return (
                await bot.SendDocument(
                    chat,
                    InputFile.FromStream(file, message.DocumentName ?? kept.Name),
                    caption: Caption(message.Text),
                    replyMarkup: markup,
                    cancellationToken: ct
                )
            ).Id;
        }
        if (message.DocumentBytes is { } doc)
        {
            // An upload can take a while on a slow link: the chat shows "sending a file…" until it is done.
            using var working = ChatActionLoop.Start(t =>
                bot.SendChatAction(chat, Action.UploadDocument, cancellationToken: t)
            );
            return (
                await bot.SendDocument(
                    chat,
                    InputFile.FromStream(new MemoryStream(doc), message.DocumentName ?? "file"),
                    caption: Caption(message.Text),
                    replyMarkup: markup,
                    cancellationToken: ct
                )
            ).Id;
        }
        if (message.PhotoBytes is { } png)
        {
            using var working = ChatActionLoop.Start(t =>
                bot.SendChatAction(chat, Action.UploadPhoto, cancellationToken: t)
            );
            return (
                await bot.SendPhoto(
                    chat,
                    InputFile.FromStream(new MemoryStream(png), "chart.png"),
                    caption: Caption(message.Text),
                    replyMarkup: markup,
                    cancellationToken: ct
                )
            ).Id;
        }
        if (message.PhotoFileId is { } fileId)
            return (
                await bot.SendPhoto(
                    chat,
                    InputFile.FromFileId(fileId),
                    caption: Caption(message.Text),
                    replyMarkup: markup,
                    cancellationToken: ct
                )
            ).Id;
        return (await bot.SendMessage(chat, message.Text, replyMarkup: markup, cancellationToken: ct)).Id;
    }

    /// <summary>
    /// New text and buttons for a sent message (an answered question, a list's next page); empty text changes
    /// only the buttons. No buttons removes them.
    /// </summary>
    private async Task<int?> EditAsync(ChatId chat, OutgoingMessage message, CancellationToken ct)
    {
        var id = int.Parse(message.PlatformMessageId!, CultureInfo.InvariantCulture);
        var markup = TelegramKeyboards.Inline(message);
        if (message.Text.Length == 0)
            await bot.EditMessageReplyMarkup(chat, id, markup, cancellationToken: ct);
        else
            await bot.EditMessageText(chat, id, message.Text, replyMarkup: markup, cancellationToken: ct);
        return id;
    }

    /// <summary>The chat's own "/" list; an empty list falls back to the default one.</summary>
    private async Task<int?> SetCommandsAsync(ChatId chat, OutgoingMessage message, CancellationToken ct)
    {
        var scope = BotCommandScope.Chat(chat);
        if (message.Choices.Count == 0)
            await bot.DeleteMyCommands(scope, cancellationToken: ct);
        else
            await bot.SetMyCommands(
                message.Choices.Select(c => new BotCommand { Command = c.Data, Description = c.Label }),
                scope,
                cancellationToken: ct
            );
        return null;
    }

    public async Task AcknowledgeAsync(IncomingMessage message, string? toast, CancellationToken cancellationToken)
    {
        if (message.AckId is not { } id)
            return;
        // A press handled again after a crash is "query is too old": harmless.
        try
        {
            await bot.AnswerCallbackQuery(id, toast, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is ApiRequestException or RequestException or HttpRequestException) { }
    }

    public async Task SendActionAsync(ChatAddress chat, ChatAction action, CancellationToken cancellationToken)
    {
        var id = new ChatId(long.Parse(chat.Id, CultureInfo.InvariantCulture));
        var telegramAction = action switch
        {
            ChatAction.UploadPhoto => Action.UploadPhoto,
            ChatAction.UploadDocument => Action.UploadDocument,
            _ => Action.Typing,
        };
        await bot.SendChatAction(id, telegramAction, cancellationToken: cancellationToken);
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
