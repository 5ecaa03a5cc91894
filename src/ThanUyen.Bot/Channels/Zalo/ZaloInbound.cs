using System.Text.Json;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web;

namespace ThanUyen.Bot.Channels.Zalo;

/// <summary>
/// One Zalo update into the durable inbox, from polling or the webhook alike: mapped, photos downloaded
/// at once (their links expire) up to a size cap, stored, deduplicated on message_id.
/// </summary>
public sealed class ZaloInbound(
    InboxStore inbox,
    MediaStore media,
    HttpClient http,
    IOptions<ZaloOptions> options,
    ChannelHealth health,
    ILogger<ZaloInbound> log
)
{
    public string? BotId { get; set; }

    public async Task AcceptAsync(JsonElement update, CancellationToken ct)
    {
        health.Delivered("zalo");
        if (ZaloUpdateMapper.Map(ZaloUpdateMapper.Unwrap(update), BotId) is not { } message)
            return;
        if (message.Kind == MessageKind.Photo)
            message = message with { PhotoFileId = await DownloadAsync(message.PhotoFileId, ct) };
        await inbox.AcceptAsync(message);
    }

    private async Task<string?> DownloadAsync(string? url, CancellationToken ct)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            return null;
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > options.Value.MaxPhotoBytes)
                return null;
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, ct)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > options.Value.MaxPhotoBytes)
                    return null;
            }
            return "media:" + media.Save(buffer.ToArray(), "photo.jpg", "image/jpeg", lifetime: null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            log.LogWarning("Could not download a Zalo photo ({Error}); the answer keeps no image", e.GetType().Name);
            return null;
        }
    }
}
