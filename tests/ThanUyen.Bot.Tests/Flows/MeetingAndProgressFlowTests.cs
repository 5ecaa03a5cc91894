using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports.Kinds.Meeting;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Flows;

public sealed class MeetingAndProgressFlowTests : IDisposable
{
    private readonly TestBot _bot = new();

    public MeetingAndProgressFlowTests() => _bot.Register(People.Lan, Role.Member, "tham phe");

    public void Dispose() => _bot.Dispose();

    private List<OutgoingMessage> Say(string text) => _bot.Say(People.Lan, text);

    [Fact]
    public void A_member_reports_a_training_in_ten_answers_with_every_optional_question_skipped_by_one_tap()
    {
        var answers = new[]
        {
            "tap huan",
            "dua hau",
            "hom qua",
            "25",
            "12",
            "bo qua",
            "bo qua",
            "Bà con biết cách làm giàn",
            "bo qua",
            "luu",
        };
        Say("/hop");
        var transcript = answers.Select(a => Say(a).Single().Text).ToList();
        var last = transcript[^1];
        Assert.Equal(10, answers.Length);
        Assert.True(last.Contains("BC-0001", StringComparison.Ordinal), string.Join("\n---\n", transcript));
        var m = _bot.Db.Reports.FindAll().Single().FactsAs<MeetingFacts>()!;
        Assert.Equal(
            ("training", "watermelon", 25, 12, (int?)null, (int?)null),
            (m.Kind, m.Topic, m.Participants, m.Women, m.Mong, m.Thai)
        );
    }

    [Fact]
    public void Meeting_answers_are_checked_against_each_other_and_stored_as_typed_facts()
    {
        Say("/meeting");
        foreach (var a in new[] { "1", "9", "Học làm phân vi sinh", "15/11", "20" })
            Say(a);
        Assert.StartsWith(T.MoreThanParticipants(20), Say("21").Single().Text);
        foreach (var a in new[] { "11", "15" })
            Say(a);
        Assert.StartsWith(T.MoreThanParticipants(20), Say("6").Single().Text); // 15 Mông + 6 Thái > 20
        Say("5");
        var photoQuestion = _bot.Send(
                People.Lan,
                MessageKind.Voice,
                m => m with { VoiceFileId = "voice1", VoiceSeconds = 14 }
            )
            .Single();
        Assert.Equal(T.AskMeetingPhotos, photoQuestion.Text);
        _bot.Send(People.Lan, MessageKind.Photo, m => m with { PhotoFileId = "ph1", MediaGroupId = "g1" });
        Assert.Empty(
            _bot.Send(People.Lan, MessageKind.Photo, m => m with { PhotoFileId = "ph2", MediaGroupId = "g1" })
        );
        var confirm = _bot.Say(People.Lan, "xem").Last(); // not an answer: a hint, then the summary again
        Assert.Contains("🎤 tin nhắn thoại (14 giây)", confirm.Text);
        Assert.Contains("📷 2 ảnh", confirm.Text);
        Say("luu");

        var report = _bot.Db.Reports.FindAll().Single();
        var m = report.FactsAs<MeetingFacts>()!;
        Assert.Equal(
            ("meeting", "other", "Học làm phân vi sinh", 20, 11, 15, 5),
            (m.Kind, m.Topic, m.OtherTopic, m.Participants, m.Women, m.Mong, m.Thai)
        );
        Assert.Equal(["ph1", "ph2"], m.PhotoFileIds);
        Assert.Equal("voice:voice1:14", m.Outcome);
        Assert.Equal(new DateTime(2026, 11, 15), report.EventDate);
    }

    [Fact]
    public void A_future_date_is_refused_and_said_back_never_moved_to_last_year()
    {
        Say("/meeting");
        Say("1");
        Say("1");
        Assert.StartsWith("📅 Ngày 30/11/2026 ở tương lai — ngày họp không thể ở tương lai", Say("30/11/2026")[0].Text);
        Assert.StartsWith("📅 Ngày 30/11/2026 ở tương lai", Say("30/11").Single().Text);
        Assert.Equal("date", _bot.Db.Conversations.FindAll().Single().StepKey);
    }

    private void Progress(int percent, string status = "1")
    {
        Say("/progress");
        Say("1");
        Say(percent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (percent < 100)
            Say(status);
        foreach (var skip in new[] { "20", "2tr", "-", "-" })
            Say(skip);
        Say("bo qua");
        Say("luu");
    }

    [Fact]
    public void A_progress_report_lists_the_villages_works_and_a_lower_percent_asks_to_confirm()
    {
        var works = Say("/hatang").Single();
        Assert.Equal(["🛣️ (Ví dụ) Mở rộng đường sản xuất Thẩm Phé"], works.Choices.Select(c => c.Label));
        Say("/cancel");
        Progress(60);
        Say("/progress");
        Say("1");
        var check = Say("40").Single();
        Assert.True(check.Text.Contains("60%", StringComparison.Ordinal), check.Text);
        Assert.Equal(T.AskPercent, Say("khong").Single().Text);
        Assert.Equal(T.AskStatus, Say("70").Single().Text);
    }

    [Fact]
    public void Reaching_one_hundred_percent_means_completed_and_the_location_button_is_offered()
    {
        Say("/progress");
        Say("1");
        Assert.Equal(T.AskWorkdays, Say("100").Single().Text);
        foreach (var a in new[] { "30", "bo qua", "Cần thêm xi măng" })
            Say(a);
        var location = _bot.Send(People.Lan, MessageKind.Photo, m => m with { PhotoFileId = "road1" }).Single();
        Assert.True(location.RequestLocation);
        _bot.Send(People.Lan, MessageKind.Location, m => m with { Latitude = 21.95, Longitude = 103.86 });
        Say("luu");
        var p = _bot.Db.Reports.FindAll().Single().FactsAs<ProgressFacts>()!;
        Assert.Equal(
            (100, "completed", 30, (decimal?)null, "Cần thêm xi măng", 21.95, 103.86),
            (p.Percent, p.Status, p.Workdays, p.Cash, p.Problems, p.Latitude!.Value, p.Longitude!.Value)
        );
    }

    [Fact]
    public void A_village_without_works_is_told_so_instead_of_an_empty_question()
    {
        foreach (var s in _bot.Db.SubProjects.FindAll().ToList())
        {
            s.Active = false;
            _bot.Db.SubProjects.Update(s);
        }
        Assert.Equal(T.NoSubProjects, Say("/progress").Single().Text);
        Assert.Equal(0, _bot.Db.Conversations.Count());
    }

    [Fact]
    public void Officers_cannot_file_reports()
    {
        _bot.Register(People.Hoa, Role.Officer, "muong kim");
        Assert.Equal(T.NotAllowed, _bot.Say(People.Hoa, "/sale").Single().Text);
    }
}
