using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Web;
using Action = Telegram.Bot.Types.Enums.ChatAction;

namespace ThanUyen.Bot.Channels.Telegram;

/// <summary>
/// Albums (sendMediaGroup, one photo: sendPhoto) and voice notes (sendVoice). A file_id is sent as it is; a kept
/// file without one is uploaded from the media folder. A photo that has neither (its file gone) is left out: the
/// rest still goes, and an album left empty becomes its caption alone.
/// </summary>
public sealed class TelegramMedia(TelegramBotClient bot, MediaStore media)
{
    /// <summary>Sends the album; returns the first message's id (null when there was nothing to send).</summary>
    public async Task<int?> SendAlbumAsync(ChatId chat, OutgoingMessage message, string? caption, CancellationToken ct)
    {
        using var files = new OpenFiles();
        var photos = new List<InputFile>();
        foreach (var photo in message.Album.Take(OutgoingMessage.MaxAlbum))
            if (Input(photo, $"photo-{photos.Count + 1}.jpg", files) is { } file)
                photos.Add(file);
        if (photos.Count == 0)
            return caption is null ? null : (await bot.SendMessage(chat, caption, cancellationToken: ct)).Id;
        using var working = ChatActionLoop.Start(t =>
            bot.SendChatAction(chat, Action.UploadPhoto, cancellationToken: t)
        );
        if (photos.Count == 1)
            return (await bot.SendPhoto(chat, photos[0], caption: caption, cancellationToken: ct)).Id;
        var album = photos.Select((p, i) => new InputMediaPhoto(p) { Caption = i == 0 ? caption : null }).ToList();
        var sent = await bot.SendMediaGroup(chat, album, cancellationToken: ct);
        return sent.Length > 0 ? sent[0].Id : null;
    }

    /// <summary>Sends the voice note with its caption and buttons; the caption alone if the file is gone.</summary>
    public async Task<int?> SendVoiceAsync(
        ChatId chat,
        OutgoingMessage message,
        string? caption,
        ReplyMarkup? markup,
        CancellationToken ct
    )
    {
        using var files = new OpenFiles();
        var voice = message.Voice!;
        if (Input(voice, "voice.ogg", files) is not { } file)
            return caption is null
                ? null
                : (await bot.SendMessage(chat, caption, replyMarkup: markup, cancellationToken: ct)).Id;
        using var working = ChatActionLoop.Start(t =>
            bot.SendChatAction(chat, Action.UploadVoice, cancellationToken: t)
        );
        return (
            await bot.SendVoice(
                chat,
                file,
                caption: caption,
                replyMarkup: markup,
                duration: voice.Seconds > 0 ? voice.Seconds : null,
                cancellationToken: ct
            )
        ).Id;
    }

    private InputFile? Input(OutgoingMedia item, string name, OpenFiles files)
    {
        if (!string.IsNullOrEmpty(item.FileId))
            return InputFile.FromFileId(item.FileId);
        if (item.MediaId is not { } token || media.Open(token) is not { } kept)
            return null;
        return InputFile.FromStream(files.Open(kept.Path), name);
    }

    /// <summary>The kept files an upload reads, closed once the send is done (or failed).</summary>
    private sealed class OpenFiles : IDisposable
    {
        private readonly List<Stream> _streams = [];

        public FileStream Open(string path)
        {
            var stream = File.OpenRead(path);
            _streams.Add(stream);
            return stream;
        }

        public void Dispose()
        {
            foreach (var stream in _streams)
                stream.Dispose();
        }
    }
}
