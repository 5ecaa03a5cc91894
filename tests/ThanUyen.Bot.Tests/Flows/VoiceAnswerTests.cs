using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Reports.Kinds.Meeting;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Flows;

/// <summary>Any question that takes words takes a voice note too; digests and exports say how long it is.</summary>
public sealed class VoiceAnswerTests : IDisposable
{
    private readonly TestBot _bot = new();

    public VoiceAnswerTests() => _bot.Register(People.Lan, Role.Member, "tham phe");

    public void Dispose() => _bot.Dispose();

    private List<OutgoingMessage> Voice(string file, int seconds) =>
        _bot.Send(People.Lan, MessageKind.Voice, m => m with { VoiceFileId = file, VoiceSeconds = seconds });

    [Fact]
    public void A_member_who_writes_little_says_the_other_topic_and_the_outcome_of_a_meeting_by_voice()
    {
        _bot.Say(People.Lan, "/meeting");
        _bot.Say(People.Lan, "1");
        _bot.Say(People.Lan, "9"); // another topic: a question that used to take typed words only
        var next = Voice("topic-voice", 12).Single();
        Assert.NotEqual(T.NeedText, next.Text);
        Assert.DoesNotContain(T.NeedTextOrVoice, next.Text);
        foreach (var a in new[] { "15/11", "20", "11", "bo qua", "bo qua" })
            _bot.Say(People.Lan, a);
        Voice("outcome-voice", 42);
        _bot.Say(People.Lan, "bo qua");
        var saved = _bot.Say(People.Lan, "luu").First().Text;

        var report = _bot.Db.Reports.FindAll().Single();
        var m = report.FactsAs<MeetingFacts>()!;
        Assert.Equal(("voice:topic-voice:12", "voice:outcome-voice:42"), (m.OtherTopic, m.Outcome));
        Assert.Contains("🎤 0:12", saved);
        Assert.Contains("🎤 0:12", _bot.Say(People.Lan, "/my").Last().Text);
    }

    [Fact]
    public void A_problem_told_by_voice_appears_in_the_digest_with_who_told_it_and_how_long()
    {
        var lan = _bot.Stores.Members.FindByAddress(People.Lan.Address)!;
        var work = _bot.Db.SubProjects.FindOne(s => s.VillageId == "tham-phe");
        var report = ReportSeeder.Progress(_bot.Stores, lan, _bot.Clock.GetUtcNow().UtcDateTime, work, 45, 20);
        report.FactsAs<ProgressFacts>()!.Problems = "voice:media:abc:75";
        _bot.Writer.Write(() => _bot.Stores.Reports.Save(report));

        var week = WeekRange.Containing(
            _bot.Clock.GetUtcNow().UtcDateTime,
            TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")
        );
        var digest = _bot
            .Services.GetRequiredService<DigestService>()
            .Build(_bot.Db.Communes.FindById("muong-kim"), week);

        Assert.Contains(T.DigestVoiceLine("Lò Thị Lan", 75), digest.Text);
    }
}
