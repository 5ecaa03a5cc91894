using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Media;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Media;

/// <summary>
/// A saved report queues its Telegram files for fetching; an edit that replaces a photo lets the old file go
/// (after a grace period) unless another report still uses it.
/// </summary>
public sealed class MediaFollowsReportTests : IDisposable
{
    private readonly TestBot _bot = new();

    public MediaFollowsReportTests() => _bot.Register(People.Chua, Role.Member, "pa khom");

    public void Dispose() => _bot.Dispose();

    private void Photo(string fileId) =>
        _bot.Send(People.Chua, MessageKind.Photo, m => m with { PhotoFileId = fileId });

    private void FileProgress(string photo)
    {
        _bot.Clock.Advance(TimeSpan.FromMinutes(5)); // a new conversation: another submission
        foreach (var answer in new[] { "/progress", "1", "50", "1", "10", "bo qua", "bo qua" })
            _bot.Say(People.Chua, answer);
        Photo(photo);
        _bot.Say(People.Chua, "bo qua");
        _bot.Say(People.Chua, "luu");
    }

    /// <summary>As the fetcher leaves it: the file kept under the file_id's key.</summary>
    private string Kept(string fileId)
    {
        var token = Guid.NewGuid().ToString("N");
        _bot.Writer.Write(() =>
            _bot.Stores.Media.Add(
                new MediaIndexStore.Entry(token, token + ".jpg", "p.jpg", "image/jpeg", null, ReportMedia.KeyOf(fileId))
            )
        );
        return token;
    }

    private void ReplacePhoto(string code, string photo)
    {
        _bot.Say(People.Chua, $"/edit {code}");
        _bot.Say(People.Chua, "sua");
        _bot.Say(People.Chua, "Ảnh");
        Photo(photo);
        _bot.Say(People.Chua, "luu");
    }

    [Fact]
    public void A_saved_report_queues_its_telegram_photo_for_fetching_once()
    {
        FileProgress("AgAC-first");

        var fetch = Assert.Single(_bot.Stores.MediaFetches.All());
        Assert.Equal(
            ("AgAC-first", "telegram", MediaKind.Photo, "BC-0001"),
            (fetch.Id, fetch.Channel, fetch.Kind, fetch.ReportCode)
        );
        Assert.Equal(MediaFetchStatus.Pending, fetch.Status);
    }

    [Fact]
    public void An_edit_that_replaces_a_photo_lets_the_old_file_expire_and_queues_the_new_one()
    {
        FileProgress("AgAC-old");
        var old = Kept("AgAC-old");

        ReplacePhoto("BC-0001", "AgAC-new");

        Assert.Equal(["AgAC-new"], ReportMedia.Photos(_bot.Stores.Reports.Find("BC-0001")!));
        Assert.Equal(
            _bot.Clock.GetUtcNow().UtcDateTime + MediaKeeping.UnusedGrace,
            _bot.Stores.Media.Find(old)!.ExpiresUtc
        );
        Assert.Contains(_bot.Stores.MediaFetches.All(), f => f.Id == "AgAC-new");
        Assert.DoesNotContain(_bot.Stores.MediaFetches.All(), f => f.Id == "AgAC-old"); // not fetched after all
    }

    [Fact]
    public void A_photo_another_report_still_uses_is_kept_when_one_report_drops_it()
    {
        FileProgress("AgAC-shared");
        FileProgress("AgAC-shared");
        Assert.Equal(2, _bot.Stores.Reports.OfKind("progress").Count);
        var shared = Kept("AgAC-shared");

        ReplacePhoto("BC-0001", "AgAC-other");

        Assert.Null(_bot.Stores.Media.Find(shared)!.ExpiresUtc);
    }
}
