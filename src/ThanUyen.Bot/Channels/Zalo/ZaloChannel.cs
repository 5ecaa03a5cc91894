using System.Text;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Web;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Channels.Zalo;

/// <summary>
/// Sends through the Zalo Bot API: plain text only, ≤ 2000 characters a message, choices as numbered
/// lines, photos only by public URL (else the text alone), documents as a summary plus a download link.
/// </summary>
public sealed class ZaloChannel(
    ZaloClient client,
    MediaStore media,
    Microsoft.Extensions.Options.IOptions<WebOptions> web,
    SecretScrubber scrubber
) : IChatChannel
{
    public const int MaxText = 2000;
    public string Name => "zalo";

    public async Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var chat = message.Address.Id;
        // No edits and no command lists on Zalo: Core does not queue them for it; nothing to do if one came.
        if (message.Kind != OutgoingKind.Message)
            return SendOutcome.Ok;
        try
        {
            if (message.Album.Count > 0 || message.Voice is not null)
            {
                await SendMediaAsync(chat, message, cancellationToken);
                return SendOutcome.Ok;
            }
            var text = Render(message);
            if (message.PhotoBytes is { } png && media.CanLink)
            {
                var token = media.Save(png, "chart.png", "image/png", TimeSpan.FromDays(30), KeyOf(message, "photo"));
                await client.SendPhotoAsync(
                    chat,
                    media.Link(token),
                    text.Length <= MaxText ? text : null,
                    cancellationToken
                );
                if (text.Length <= MaxText)
                    return SendOutcome.Ok;
            }
            foreach (var part in ChannelDirectory.Split(text, MaxText))
                await client.SendMessageAsync(chat, part, cancellationToken);
            return SendOutcome.Ok;
        }
        catch (ZaloApiException e)
        {
            var error = scrubber.Scrub(e.Message);
            return e.ErrorCode switch
            {
                429 => new SendOutcome(SendResult.RateLimited, TimeSpan.FromSeconds(5), error),
                400 or 404 => new SendOutcome(SendResult.Rejected, Error: error),
                _ => new SendOutcome(SendResult.Transient, Error: error), // 403 is Zalo's "server error": retry
            };
        }
        catch (HttpRequestException e)
        {
            return new SendOutcome(SendResult.Transient, Error: scrubber.Describe(e));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendOutcome(SendResult.Transient, Error: "timeout");
        }
    }

    /// <summary>
    /// Album photos kept by the service go as links Zalo fetches (where a public address is set), the first
    /// with the caption; the others (only on Telegram's servers, or no address) are counted in a line. A voice
    /// note cannot be played on Zalo: a line says it is kept.
    /// </summary>
    private async Task SendMediaAsync(string chat, OutgoingMessage message, CancellationToken ct)
    {
        var text = Render(message);
        var links = media.CanLink
            ? message
                .Album.Select(p => p.MediaId is { } token && media.Open(token) is not null ? media.Link(token) : null)
                .OfType<string>()
                .ToList()
            : [];
        var notes = new List<string>();
        if (message.Album.Count > links.Count)
            notes.Add(T.PhotosKept(message.Album.Count - links.Count));
        if (message.Voice is { } voice)
            notes.Add(T.VoiceKeptNotPlayable(voice.Seconds));
        if (notes.Count > 0)
            text = string.Join('\n', new[] { text }.Where(t => t.Length > 0).Concat(notes));
        var caption = text.Length <= MaxText && links.Count > 0 ? text : null;
        for (var i = 0; i < links.Count; i++)
            await client.SendPhotoAsync(chat, links[i], i == 0 ? caption : null, ct);
        if (caption is null)
            foreach (var part in ChannelDirectory.Split(text, MaxText).Where(p => p.Length > 0))
                await client.SendMessageAsync(chat, part, ct);
    }

    /// <summary>Zalo shows only "typing…", whatever the bot prepares.</summary>
    public Task SendActionAsync(ChatAddress chat, ChatAction action, CancellationToken cancellationToken) =>
        client.SendChatActionAsync(chat.Id, cancellationToken);

    /// <summary>One file per outbox message and part: a retried send links the file the first attempt wrote.</summary>
    private static string? KeyOf(OutgoingMessage message, string part) =>
        message.Id > 0 ? $"outbox-{message.Id}-{part}" : null;

    /// <summary>
    /// The text Zalo shows: choices as "1. 🐄 Bò" (or "• 📅 Họp — /meeting"), a document as a link or a note.
    /// </summary>
    public string Render(OutgoingMessage message)
    {
        var sb = new StringBuilder(message.Text);
        if (message.Choices.Count > 0)
            sb.Append('\n');
        for (var i = 0; i < message.Choices.Count; i++)
        {
            var c = message.Choices[i];
            var command = ButtonData.TryReadMenu(c.Data, out var name) ? $" — /{name}" : "";
            sb.Append('\n').Append(message.NumberedChoices ? $"{i + 1}. " : "• ").Append(c.Label).Append(command);
        }
        if (message.NumberedChoices && message.Choices.Count > 0)
            sb.Append('\n').Append(T.ZaloAnswerByNumber);
        if (
            message.DocumentFile is { } kept
            && kept.StartsWith(Core.Storage.MediaFiles.Prefix, StringComparison.Ordinal)
        )
            sb.Append("\n\n")
                .Append(
                    media.CanLink
                        ? T.ZaloDownloadLink(
                            media.Link(kept[Core.Storage.MediaFiles.Prefix.Length..]),
                            Core.Storage.MediaFiles.DocumentHours
                        )
                        : T.ZaloNoDocuments
                );
        if (message.DocumentBytes is { } doc)
        {
            if (media.CanLink)
            {
                var token = media.Save(
                    doc,
                    message.DocumentName ?? "file",
                    "application/octet-stream",
                    TimeSpan.FromHours(web.Value.DownloadLinkHours),
                    KeyOf(message, "document")
                );
                sb.Append("\n\n").Append(T.ZaloDownloadLink(media.Link(token), web.Value.DownloadLinkHours));
            }
            else
                sb.Append("\n\n").Append(T.ZaloNoDocuments);
        }
        return sb.ToString();
    }
}
