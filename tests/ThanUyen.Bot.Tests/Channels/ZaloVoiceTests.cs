using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Media;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>
/// Zalo's undocumented voice event (voice_url to an .aac) is a voice answer, downloaded at once like a photo;
/// content Zalo hides gets a kind word and the question again.
/// </summary>
public sealed class ZaloVoiceTests : IAsyncLifetime
{
    private const string Admin = "zadmin01",
        Mai = "a1b2c3d4e5";
    private static readonly byte[] Aac = [0xFF, 0xF1, 0x50, 0x80, 1, 2, 3];
    private readonly TempFolder _folder = new();
    private FakeZaloServer _zalo = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _zalo = await FakeZaloServer.StartAsync();
        _host = await BotHost.StartAsync(
            null,
            _folder.File("bot.db"),
            new() { ["Bot:Admins:0"] = $"zalo:{Admin}" },
            zalo: _zalo
        );
        await _zalo.Join(Admin, Mai, "member huoi bac", start: true);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _zalo.DisposeAsync();
        _folder.Dispose();
    }

    private Task<string> Next(string chat, Action act) => _zalo.Next(chat, act);

    private Task<string> Voice(string url, int? duration = null) =>
        Next(
            Mai,
            () =>
                _zalo.Queue(
                    _zalo.Update(
                        "message.voice.received",
                        Mai,
                        "Lường Thị Mai",
                        m =>
                        {
                            m["voice_url"] = url;
                            if (duration is { } d)
                                m["duration"] = d;
                        }
                    )
                )
        );

    [Fact]
    public async Task A_voice_note_on_Zalo_answers_the_problems_question_and_is_kept_with_the_report()
    {
        foreach (var a in new[] { "/progress", "1", "30", "1", "5", "bo qua" })
            await Next(Mai, () => _zalo.UserSays(Mai, a));
        _zalo.Images["problem.aac"] = Aac;

        var photoQuestion = await Voice($"{_zalo.BaseUrl}/images/problem.aac", 42);
        Assert.Contains("ảnh", photoQuestion, StringComparison.OrdinalIgnoreCase);
        await Next(Mai, () => _zalo.UserSays(Mai, "bo qua"));
        await Next(Mai, () => _zalo.UserSays(Mai, "bo qua"));
        await Next(Mai, () => _zalo.UserSays(Mai, "1"));

        var report = Assert.Single(_host.Db.Reports.FindAll());
        var (reference, seconds) = Assert.Single(ReportMedia.Voices(report));
        Assert.Equal(42, seconds);
        Assert.StartsWith("media:", reference);
        var entry = _host.Stores.Media.Find(reference["media:".Length..])!;
        Assert.Equal("audio/aac", entry.ContentType);
        Assert.Null(entry.ExpiresUtc);
        Assert.Empty(_host.Stores.MediaFetches.All()); // downloaded at once: nothing to fetch later
    }

    [Fact]
    public async Task Hidden_content_in_the_middle_of_a_report_gets_a_kind_word_and_the_question_again()
    {
        var subProject = await Next(Mai, () => _zalo.UserSays(Mai, "/progress"));

        var answer = await Next(
            Mai,
            () => _zalo.Queue(_zalo.Update("message.unsupported.received", Mai, "Lường Thị Mai", _ => { }))
        );

        Assert.StartsWith(T.UnsupportedContent + "\n\n", answer);
        Assert.EndsWith(subProject, answer);
        var percent = await Next(Mai, () => _zalo.UserSays(Mai, "1"));
        Assert.Contains("phần trăm", percent);
    }

    [Fact]
    public async Task A_file_sent_as_a_photo_that_is_not_an_image_is_not_kept_and_the_photo_is_asked_again()
    {
        foreach (var a in new[] { "/progress", "1", "30", "1", "5", "bo qua", "bo qua" })
            await Next(Mai, () => _zalo.UserSays(Mai, a));
        _zalo.Images["not-a-photo.jpg"] = "%PDF-1.4"u8.ToArray();

        var again = await Next(Mai, () => _zalo.UserSendsImage(Mai, "not-a-photo.jpg"));

        Assert.StartsWith(T.PhotoNotReceived, again);
        Assert.Empty(Directory.GetFiles(_folder.File("media")));
    }
}
