using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using ThanUyen.Bot.Core.Media;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web;

namespace ThanUyen.Bot.Channels.Telegram;

/// <summary>
/// Drains the durable fetch queue for Telegram: each photo and voice note of a saved report is fetched with
/// getFile into the media folder (owner-only, under the key "file:&lt;file_id&gt;", the file_id kept in the report).
/// A failure is retried with a growing wait; too many tries, too old, too big or not a photo/voice is given up
/// (the answer stays as its file_id). The key is recorded before the fetch is marked done, so a restart between
/// the two finds the file and does not download it again.
/// </summary>
public sealed class TelegramMediaFetcher(
    TelegramBotClient bot,
    Stores stores,
    MediaStore media,
    IOptions<MediaOptions> options,
    TimeProvider clock,
    SecretScrubber scrubber,
    ILogger<TelegramMediaFetcher> log
) : BackgroundService
{
    private const string Channel = "telegram";
    private MediaOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var trimmed = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = clock.GetUtcNow().UtcDateTime;
                if (now - trimmed >= TimeSpan.FromHours(1))
                {
                    trimmed = now;
                    await TrimAsync(now);
                }
                foreach (var fetch in stores.MediaFetches.Due(Channel, now, 10))
                    await FetchAsync(fetch, stoppingToken);
                await Task.Delay(TimeSpan.FromSeconds(Options.FetchPollSeconds), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not StorageFailedException)
            {
                log.LogError(e, "Media fetching failed; retrying shortly");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task TrimAsync(DateTime now)
    {
        var gaveUp = await stores.Writer.WriteAsync(() =>
            stores.MediaFetches.Trim(Options.MaxPendingFetches, now.AddDays(-Options.KeepFetchRecordsDays), now)
        );
        if (gaveUp > 0)
            log.LogWarning("Media fetch queue full: gave up the {Count} oldest files", gaveUp);
    }

    private async Task FetchAsync(MediaFetch fetch, CancellationToken ct)
    {
        if (stores.Media.FindByKey(ReportMedia.KeyOf(fetch.Id)) is { } kept && media.Open(kept.Token) is not null)
        {
            await FinishAsync(fetch, MediaFetchStatus.Done, kept.Token, null);
            return;
        }
        var max = fetch.Kind == MediaKind.Photo ? Options.MaxPhotoBytes : Options.MaxVoiceBytes;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            var file = await bot.GetFile(fetch.Id, timeout.Token);
            if (file.FileSize > max)
            {
                await FinishAsync(fetch, MediaFetchStatus.GaveUp, null, $"too big: {file.FileSize} bytes");
                return;
            }
            if (file.FilePath is null)
            {
                await RetryAsync(fetch, "no file path");
                return;
            }
            using var buffer = new MemoryStream();
            await bot.DownloadFile(file.FilePath, buffer, timeout.Token);
            var bytes = buffer.ToArray();
            var type = MediaTypes.Sniff(fetch.Kind, bytes);
            if (bytes.Length > max || type is null)
            {
                var why = type is null ? "not a photo or voice note" : $"too big: {bytes.Length} bytes";
                await FinishAsync(fetch, MediaFetchStatus.GaveUp, null, why);
                return;
            }
            var name = $"{fetch.ReportCode}-{fetch.Kind.ToString().ToLowerInvariant()}{MediaTypes.Extension(type)}";
            var token = media.Save(bytes, name, type, lifetime: null, ReportMedia.KeyOf(fetch.Id));
            await FinishAsync(fetch, MediaFetchStatus.Done, token, null);
        }
        catch (Exception e) when (e is ApiRequestException or RequestException or HttpRequestException)
        {
            await RetryAsync(fetch, scrubber.Describe(e));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            await RetryAsync(fetch, "timeout");
        }
    }

    private Task RetryAsync(MediaFetch fetch, string error)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = fetch.Attempts + 1;
        if (attempts >= Options.FetchAttempts || now - fetch.CreatedAt > TimeSpan.FromHours(Options.FetchMaxAgeHours))
        {
            log.LogWarning("Gave up fetching a file of {Report}: {Error}", fetch.ReportCode, error);
            return FinishAsync(fetch, MediaFetchStatus.GaveUp, null, error, attempts);
        }
        var wait = Math.Min(3600, Options.FetchBackoffSeconds * Math.Pow(2, attempts - 1));
        return stores.Writer.WriteAsync(() =>
        {
            if (stores.MediaFetches.Find(fetch.Id) is not { Status: MediaFetchStatus.Pending } current)
                return;
            current.Attempts = attempts;
            current.NextAttemptAt = now.AddSeconds(wait);
            current.LastError = error;
            stores.MediaFetches.Update(current);
        });
    }

    private Task FinishAsync(
        MediaFetch fetch,
        MediaFetchStatus status,
        string? token,
        string? error,
        int? attempts = null
    )
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return stores.Writer.WriteAsync(() =>
        {
            // Cancelled meanwhile (an edit dropped the file): nothing to record.
            if (stores.MediaFetches.Find(fetch.Id) is not { } current)
                return;
            current.Status = status;
            current.Token = token;
            current.LastError = error;
            current.Attempts = attempts ?? current.Attempts + 1;
            current.FinishedAt = now;
            stores.MediaFetches.Update(current);
        });
    }
}
