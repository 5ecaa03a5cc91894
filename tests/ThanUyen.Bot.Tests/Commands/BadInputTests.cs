using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Commands;

public sealed class BadInputTests : IDisposable
{
    private readonly TestBot _bot = new();

    public BadInputTests() => _bot.Register(People.Lan, Role.Member, "tham phe");

    public void Dispose() => _bot.Dispose();

    public static TheoryData<string> Texts() =>
        [
            "",
            "   ",
            new string('a', 10_000),
            "😀😀😀",
            "/unknowncommand",
            "/help@ThanUyenBot junk junk",
            "/start junk with many words",
            "/" + new string('x', 300),
            "\u200B\u200E\u202E",
            "مرحبا بالعالم",
        ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Any_text_gets_one_short_Vietnamese_answer_and_nothing_is_stored(string text)
    {
        var replies = _bot.Say(People.Lan, text);
        var reply = Assert.Single(replies);
        Assert.InRange(reply.Text.Length, 1, 1500);
        Assert.Equal(0, _bot.Db.Conversations.Count());
        Assert.Equal(0, _bot.Db.Reports.Count());
    }

    [Theory]
    [InlineData(MessageKind.Sticker)]
    [InlineData(MessageKind.Photo)]
    [InlineData(MessageKind.Voice)]
    [InlineData(MessageKind.Location)]
    [InlineData(MessageKind.Unsupported)]
    public void Attachments_outside_a_report_get_a_friendly_answer_with_the_menu(MessageKind kind)
    {
        var reply = _bot.Send(
                People.Lan,
                kind,
                m => m with { PhotoFileId = "p", VoiceFileId = "v", Latitude = 21.9, Longitude = 103.8 }
            )
            .Single();
        Assert.NotEmpty(reply.Choices);
        Assert.Equal(0, _bot.Db.Conversations.Count());
    }

    [Fact]
    public void A_button_our_keyboards_never_made_is_answered_without_effect()
    {
        var invitations = _bot.Db.Invitations.Count();
        foreach (var data in new[] { "s:x:y", "m:../../etc", "garbage", "s::", "m:invite" })
            Assert.Single(_bot.Press(People.Lan, data));
        Assert.Equal(invitations, _bot.Db.Invitations.Count());
    }
}
