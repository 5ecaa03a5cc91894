using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Media;
using ThanUyen.Bot.Core.Reports.Export;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Media;

/// <summary>Media that cannot be kept gets a clear answer and the question again; nothing answered is lost.</summary>
public sealed class MediaBadInputTests : IDisposable
{
    private readonly TestBot _bot = new();

    public MediaBadInputTests() => _bot.Register(People.Chua, Role.Member, "pa khom");

    public void Dispose() => _bot.Dispose();

    private void ToProblems()
    {
        foreach (var answer in new[] { "/progress", "1", "50", "1", "10", "bo qua" })
            _bot.Say(People.Chua, answer);
    }

    private List<OutgoingMessage> Voice(string? fileId, int seconds) =>
        _bot.Send(People.Chua, MessageKind.Voice, m => m with { VoiceFileId = fileId, VoiceSeconds = seconds });

    [Fact]
    public void A_twenty_minute_voice_note_is_refused_kindly_and_a_short_one_is_taken()
    {
        ToProblems();

        var refused = Voice("AwAC-long", 20 * 60).Single();
        Assert.StartsWith(T.VoiceTooLong(1200, 600), refused.Text);
        Assert.Contains("20:00", refused.Text);
        Assert.Contains(T.AskProblems, refused.Text); // the question again

        var next = Voice("AwAC-short", 42).Single();
        Assert.Contains("ảnh", next.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_voice_note_the_host_could_not_fetch_is_asked_for_again()
    {
        ToProblems();
        Assert.StartsWith(T.VoiceNotReceived, Voice(null, 5).Single().Text);
    }

    [Fact]
    public void A_photo_the_host_could_not_keep_is_asked_for_again()
    {
        ToProblems();
        _bot.Say(People.Chua, "bo qua");
        var again = _bot.Send(People.Chua, MessageKind.Photo, m => m with { PhotoFileId = null }).Single();
        Assert.StartsWith(T.PhotoNotReceived, again.Text);
    }

    [Fact]
    public void A_voice_answer_reads_in_exports_with_its_length()
    {
        Assert.Equal("(tin nhắn thoại 0:42)", ExportContext.Text("voice:AwAC-x:42"));
        Assert.Equal("(tin nhắn thoại 1:05)", ExportContext.Text("voice:media:0123abcd:65"));
        Assert.Equal(("media:0123abcd", 65), ReportMedia.Voice("voice:media:0123abcd:65"));
    }
}
