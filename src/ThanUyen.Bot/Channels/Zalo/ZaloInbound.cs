using System.Text.Json;
using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Media;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web;

namespace ThanUyen.Bot.Channels.Zalo;

/// <summary>
/// One Zalo update into the durable inbox, from polling or the webhook alike: mapped, deduplicated on
/// message_id, then photos and voice notes downloaded at once (their links expire) — only from allowed hosts,
/// never through a redirect, within one deadline for headers and body together, up to a size cap — and stored.
/// </summary>
public sealed class ZaloInbound(
    InboxStore inbox,
    MediaStore media,
    HttpClient http,
    IOptions<ZaloOptions> options,
    IOptions<MediaOptions> mediaOptions,
    ChannelHealth health,
    ILogger<ZaloInbound> log
)
{
    private readonly MediaHostAllowlist _hosts = new(options.Value.EffectiveMediaHosts);

    public string? BotId { get; set; }

    /// <summary>An HTTP client for photo downloads: redirects are refused, not followed (to any host).</summary>
    public static HttpClient CreateDownloadClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            Timeout = Timeout.InfiniteTimeSpan, // the per-download deadline covers the body too
        };

    public async Task AcceptAsync(JsonElement update, CancellationToken ct)
    {
        health.Delivered("zalo");
        if (ZaloUpdateMapper.Map(ZaloUpdateMapper.Unwrap(update), BotId) is not { } message)
            return;
        // A re-delivered update is not fetched again (nor stored twice: Accept checks once more, atomically).
        if (inbox.Knows(message.DeliveryId))
            return;
        if (message.Kind == MessageKind.Photo)
            message = message with { PhotoFileId = await DownloadAsync(message.PhotoFileId, MediaKind.Photo, ct) };
        if (message.Kind == MessageKind.Voice)
            message = message with { VoiceFileId = await DownloadAsync(message.VoiceFileId, MediaKind.Voice, ct) };
        await inbox.AcceptAsync(message);
    }

    private async Task<string?> DownloadAsync(string? url, MediaKind kind, CancellationToken ct)
    {
        var max = kind == MediaKind.Photo ? options.Value.MaxPhotoBytes : mediaOptions.Value.MaxVoiceBytes;
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return null;
        if (!_hosts.Allows(uri))
        {
            log.LogWarning(
                "A Zalo photo from {Scheme}://{Host} was not downloaded: not in Zalo:MediaHosts",
                uri.Scheme,
                uri.Host
            );
            return null;
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, options.Value.PhotoDownloadSeconds)));
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > max)
            {
                log.LogWarning(
                    "A Zalo photo from {Host} was not downloaded: HTTP {Status}",
                    uri.Host,
                    (int)response.StatusCode
                );
                return null;
            }
            await using var stream = await response.Content.ReadAsStreamAsync(deadline.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, deadline.Token)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > max)
                    return null;
            }
            var bytes = buffer.ToArray();
            if (kind == MediaKind.Voice)
                return "media:" + media.Save(bytes, "voice.aac", MediaTypes.Sniff(kind, bytes) ?? "audio/aac", null);
            // A broken download or another kind of file is not kept as a photo: the person is asked again.
            if (MediaTypes.Sniff(kind, bytes) is not { } type)
            {
                log.LogWarning("A Zalo photo from {Host} is not an image; the answer keeps no image", uri.Host);
                return null;
            }
            return "media:" + media.Save(bytes, "photo" + MediaTypes.Extension(type), type, lifetime: null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(
                "A Zalo photo from {Host} took over {Seconds}s; the answer keeps no image",
                uri.Host,
                options.Value.PhotoDownloadSeconds
            );
            return null;
        }
        catch (HttpRequestException e)
        {
            log.LogWarning("Could not download a Zalo photo ({Error}); the answer keeps no image", e.GetType().Name);
            return null;
        }
    }
}
