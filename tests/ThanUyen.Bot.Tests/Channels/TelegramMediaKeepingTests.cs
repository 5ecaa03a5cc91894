using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Media;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>
/// After a progress report is saved on Telegram, its photos and voice note are fetched (getFile) into the media
/// folder through the durable fetch queue: once each, across a restart, with the file_id kept too.
/// </summary>
public sealed class TelegramMediaKeepingTests : IAsyncLifetime
{
    private const long Chua = 2002;
    public static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F'];
    public static readonly byte[] Voice = [(byte)'O', (byte)'g', (byte)'g', (byte)'S', 0, 2, 0, 0];
    private static readonly string[] Files = ["AgAC-site-1", "AgAC-site-2", "AgAC-site-3", "AwAC-problem"];
    private readonly TempFolder _folder = new();
    private FakeBotApiServer _api = null!;
    private BotHost? _host;
    private string Db => _folder.File("data/bot.db");

    public async Task InitializeAsync() => _api = await FakeBotApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    private async Task<BotHost> Start(string attempts = "8") =>
        _host = await BotHost.StartAsync(
            _api,
            Db,
            new() { ["Media:FetchBackoffSeconds"] = "0.05", ["Media:FetchAttempts"] = attempts }
        );

    private async Task<ApiCall> Next(Action act)
    {
        var before = _api.Sent(Chua).Count;
        act();
        return (await _api.WaitForSent(Chua, before + 1))[before];
    }

    private static string ButtonData(ApiCall message, string label) =>
        System.Text.Json.Nodes.JsonNode.Parse(message.Markup)!["inline_keyboard"]!
            .AsArray()
            .SelectMany(r => r!.AsArray())
            .First(b => b!["text"]!.ToString().Contains(label, StringComparison.Ordinal))!["callback_data"]!.ToString();

    /// <summary>Chua joins and files a progress report: a voice problem and an album of three photos.</summary>
    private async Task FileProgressReport(byte[]? secondPhoto = null)
    {
        _api.UserSays(BotHost.AdminChat, "/invite member pa khom", "Admin");
        var code = (await _api.WaitForSent(BotHost.AdminChat, 1))[0]
            .Text.Split('\n')
            .Select(l => l.Trim())
            .First(InvitationCodes.LooksLikeCode);
        await Next(() => _api.UserSays(Chua, $"/start {code}", "Giàng A Chua"));
        await Next(() => _api.UserSays(Chua, "/progress"));
        await Next(() => _api.UserSays(Chua, "1"));
        await Next(() => _api.UserSays(Chua, "50"));
        foreach (var a in new[] { "1", "10", "-" })
            await Next(() => _api.UserSays(Chua, a));
        await Next(() => _api.UserSendsVoice(Chua, "AwAC-problem", 42, Voice));
        foreach (var id in Files[..3])
            _api.AddFile(id, id == Files[1] && secondPhoto is not null ? secondPhoto : [.. Photo, (byte)id[^1]]);
        await Next(() => _api.UserSendsPhoto(Chua, Files[0], "album-1"));
        _api.UserSendsPhoto(Chua, Files[1], "album-1");
        _api.UserSendsPhoto(Chua, Files[2], "album-1");
        var confirm = await Next(() => _api.UserSays(Chua, "⏭️ Bỏ qua"));
        Assert.Contains("3", confirm.Text);
        await Next(() => _api.UserPresses(Chua, ButtonData(confirm, "Lưu")));
    }

    private static Task AllKept(BotHost host) =>
        Eventually.True(
            () => host.Stores.MediaFetches.All() is { Count: 4 } all && all.All(f => f.Status == MediaFetchStatus.Done),
            TimeSpan.FromSeconds(15),
            "the four files to be kept",
            () => string.Join('\n', host.Stores.MediaFetches.All().Select(f => $"{f.Id} {f.Status} {f.LastError}"))
        );

    [Fact]
    public async Task A_progress_report_with_three_photos_and_a_voice_problem_keeps_all_four_files_on_disk()
    {
        var host = await Start();
        await FileProgressReport();

        await AllKept(host);
        foreach (var id in Files)
        {
            Assert.Equal(1, _api.Downloads[id]);
            var token = ReportMedia.KeptToken(host.Stores, id);
            Assert.NotNull(token);
            var entry = host.Stores.Media.Find(token!)!;
            var path = Path.Combine(_folder.File("data/media"), entry.File);
            Assert.True(File.Exists(path));
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Null(entry.ExpiresUtc);
        }
        Assert.Equal(
            "audio/ogg",
            host.Stores.Media.Find(ReportMedia.KeptToken(host.Stores, "AwAC-problem")!)!.ContentType
        );
        // The report keeps the file_ids: Telegram sends them again without an upload.
        var report = host.Stores.Reports.Find("BC-0001")!;
        Assert.Equal(Files[..3], ReportMedia.Photos(report));
        Assert.Equal(("AwAC-problem", 42), Assert.Single(ReportMedia.Voices(report)));
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_fetching_fetches_every_file_exactly_once()
    {
        _api.Fault = (method, body) =>
            method == "getfile" && body["file_id"]?.ToString() == Files[1] ? Fault.Hangs : null;
        var host = await Start();
        await FileProgressReport();
        await _api.WaitUntil(
            () => _api.CallsOf("getFile").Any(c => c.Body["file_id"]?.ToString() == Files[1]),
            "the second photo's fetch to hang"
        );
        Assert.Equal(MediaFetchStatus.Pending, host.Stores.MediaFetches.Find(Files[1])!.Status);
        await host.DisposeAsync();
        _host = null;
        _api.Fault = null;

        host = await Start();
        await AllKept(host);
        foreach (var id in Files)
            Assert.Equal(1, _api.Downloads[id]);
        Assert.Equal(4, Directory.GetFiles(_folder.File("data/media")).Length);
    }

    [Fact]
    public async Task An_expired_file_path_is_asked_for_again_and_the_file_is_kept()
    {
        _api.ExpiredDownloads[Files[0]] = 2;
        var host = await Start();
        await FileProgressReport();

        await AllKept(host);
        Assert.Equal(3, _api.CallsOf("getFile").Count(c => c.Body["file_id"]?.ToString() == Files[0]));
        Assert.Equal(1, _api.Downloads[Files[0]]);
    }

    [Fact]
    public async Task A_file_Telegram_never_gives_is_given_up_after_the_tries_and_the_report_keeps_its_file_id()
    {
        _api.Fault = (method, body) =>
            method == "getfile" && body["file_id"]?.ToString() == Files[2] ? Fault.ServerError : null;
        var host = await Start(attempts: "3");
        await FileProgressReport();

        await Eventually.True(
            () => host.Stores.MediaFetches.Find(Files[2])?.Status == MediaFetchStatus.GaveUp,
            TimeSpan.FromSeconds(15),
            "the third photo to be given up",
            () => _api.Transcript()
        );
        Assert.Equal(3, host.Stores.MediaFetches.Find(Files[2])!.Attempts);
        Assert.Equal(3, _api.CallsOf("getFile").Count(c => c.Body["file_id"]?.ToString() == Files[2]));
        Assert.Contains(Files[2], ReportMedia.Photos(host.Stores.Reports.Find("BC-0001")!));
        Assert.Null(ReportMedia.KeptToken(host.Stores, Files[2]));
    }

    [Fact]
    public async Task A_photo_that_is_not_an_image_is_not_kept_and_not_tried_again()
    {
        var host = await Start();
        await FileProgressReport(secondPhoto: "%PDF-1.4 not a photo"u8.ToArray());

        await Eventually.True(
            () => host.Stores.MediaFetches.Find(Files[1])?.Status == MediaFetchStatus.GaveUp,
            TimeSpan.FromSeconds(15),
            "the false photo to be given up",
            () => _api.Transcript()
        );
        Assert.Equal(1, _api.Downloads[Files[1]]);
        Assert.Null(ReportMedia.KeptToken(host.Stores, Files[1]));
    }

    [Fact]
    public async Task The_reporter_views_the_report_and_gets_the_summary_the_album_and_the_voice_note()
    {
        var host = await Start();
        await FileProgressReport();
        await AllKept(host);

        var mine = await Next(() => _api.UserSays(Chua, "/my"));
        Assert.Contains("v:BC-0001", mine.Markup); // 👁️ Xem BC-0001
        var before = _api.Media(Chua).Count;
        var summary = await Next(() => _api.UserPresses(Chua, ButtonData(mine, "Xem BC-0001")));

        Assert.Contains("BC-0001", summary.Text);
        Assert.Contains("50", summary.Text);
        await _api.WaitUntil(() => _api.Media(Chua).Count >= before + 2, "the album and the voice note");
        var (album, voice) = (_api.Media(Chua)[before], _api.Media(Chua)[before + 1]);
        Assert.Equal(("album", 3, T.ViewAlbumCaption("BC-0001", 3)), (album.Kind, album.Photos, album.Caption));
        Assert.Equal(Files[..3], album.Items); // sent again by file_id: nothing uploaded
        Assert.Equal(0, album.Uploads);
        Assert.Equal(("voice", "AwAC-problem", 42), (voice.Kind, voice.Items[0], voice.Duration));
        Assert.Equal(T.ViewVoiceCaption("BC-0001", 42), voice.Caption);
    }
}
