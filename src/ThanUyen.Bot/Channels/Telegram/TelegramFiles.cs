using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Register;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web;

namespace ThanUyen.Bot.Channels.Telegram;

/// <summary>
/// Downloads a file a person sent (getFile, then the file URL) into the media folder before the core sees
/// the message, which then names it "media:&lt;token&gt;". A file over Register:MaxFileBytes is not fetched
/// (the core says it is too big); a failed download leaves the platform's id, and the core asks to send again.
/// Kept a day: a register file is read when it arrives and once more when the import is confirmed.
/// </summary>
public sealed class TelegramFiles(
    TelegramBotClient bot,
    MediaStore media,
    IOptions<RegisterOptions> options,
    SecretScrubber scrubber,
    ILogger<TelegramFiles> log
)
{
    public async Task<IncomingMessage> PrepareAsync(IncomingMessage message, CancellationToken ct)
    {
        if (
            message.Kind != MessageKind.Document
            || message.DocumentFileId is not { } fileId
            || fileId.StartsWith(MediaFiles.Prefix, StringComparison.Ordinal)
        )
            return message;
        var max = options.Value.MaxFileBytes;
        if (message.DocumentSize > max)
            return message;
        try
        {
            var file = await bot.GetFile(fileId, ct);
            if (file.FileSize > max || file.FilePath is null)
                return message with { DocumentSize = file.FileSize ?? message.DocumentSize };
            using var buffer = new MemoryStream();
            await bot.DownloadFile(file.FilePath, buffer, ct);
            if (buffer.Length > max)
                return message with { DocumentSize = buffer.Length };
            var name = Path.GetFileName(message.DocumentName ?? "file");
            var token = media.Save(buffer.ToArray(), name, "application/octet-stream", TimeSpan.FromDays(1));
            return message with { DocumentFileId = MediaFiles.Prefix + token, DocumentSize = buffer.Length };
        }
        catch (Exception e) when (e is ApiRequestException or RequestException or HttpRequestException)
        {
            log.LogWarning("Could not download a file from {Chat}: {Error}", message.Chat, scrubber.Describe(e));
            return message;
        }
    }
}
