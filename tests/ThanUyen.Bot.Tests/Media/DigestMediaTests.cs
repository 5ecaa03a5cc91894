using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Media;

/// <summary>
/// The weekly digest on Telegram: the week's work photos as one album captioned with the works and their %,
/// and each problem told by voice as a line "🎤 name — 0:42" with the voice note sent after the text.
/// </summary>
public sealed class DigestMediaTests : IDisposable
{
    private readonly TestBot _bot = new(configure: s =>
        s.AddSingleton(
            new ChannelCapabilities("telegram")
            {
                Buttons = true,
                PhotoUploads = true,
                Audio = true,
            }
        )
    );

    public DigestMediaTests()
    {
        _bot.Register(People.Chua, Role.Member, "pa khom");
        _bot.Register(People.Sung, Role.Officer, "pha mu");
    }

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void An_officer_gets_the_weeks_work_photos_as_an_album_and_the_voice_problem_after_the_text()
    {
        foreach (var answer in new[] { "/progress", "1", "60", "1", "10", "bo qua" })
            _bot.Say(People.Chua, answer);
        _bot.Send(People.Chua, MessageKind.Voice, m => m with { VoiceFileId = "AwAC-voice", VoiceSeconds = 42 });
        foreach (var photo in new[] { "AgAC-1", "AgAC-2" })
            _bot.Send(People.Chua, MessageKind.Photo, m => m with { PhotoFileId = photo, MediaGroupId = "g" });
        _bot.Say(People.Chua, "bo qua");
        _bot.Say(People.Chua, "luu");

        var digest = _bot.Say(People.Sung, "/digest").Where(m => m.Kind == OutgoingKind.Message).ToList();

        var text = digest.First(m => m.Text.Contains("🎤", StringComparison.Ordinal));
        Assert.Contains(T.DigestVoiceLine("Giàng A Chua", 42), text.Text);
        Assert.Contains("0:42", text.Text);
        var album = Assert.Single(digest, m => m.Album.Count > 0);
        Assert.Equal(["AgAC-1", "AgAC-2"], album.Album.Select(p => p.FileId));
        Assert.Contains("60%", album.Text);
        var voice = Assert.Single(digest, m => m.Voice is not null);
        Assert.Equal(("AwAC-voice", 42), (voice.Voice!.FileId, voice.Voice.Seconds));
        Assert.True(digest.IndexOf(text) < digest.IndexOf(voice), "the voice note comes after the text");
    }
}
