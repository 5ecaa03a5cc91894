using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Reports.Kinds.Meeting;

/// <summary>
/// /meeting (/hop): a village meeting, workshop or training — who came, what it was about, what came of it.
/// </summary>
public sealed class MeetingReportFlow : IFlow
{
    public const string FlowId = "meeting";
    public string Id => FlowId;
    public string Title => "📅 Họp / tập huấn";
    public IReadOnlyList<string> Commands => ["meeting", "hop"];
    public string Description => "Báo cáo cuộc họp, hội thảo, tập huấn";
    public bool NeedsConfirm => true;

    public bool IsAllowed(Member member) => member.Role is Role.Member or Role.Admin;

    public IReadOnlyList<Step> Steps { get; } =
    [
        new CatalogueChoiceStep("kind", "Loại", T.AskMeetingKind, CatalogueLists.MeetingKinds),
        new CatalogueChoiceStep("topic", "Chủ đề", T.AskTopic, CatalogueLists.MeetingTopics),
        new TextStep("topic_other", "Chủ đề khác", T.AskOtherTopic)
        {
            SkipWhen = (_, a) => !a.Is("topic", "other"),
            DependsOn = ["topic"],
        },
        ReportWriter.VillageStep(),
        new DateStep("date", "Ngày", T.AskMeetingDate) { What = "ngày họp" },
        new PeopleCountStep("participants", "Số người dự", T.AskParticipants, "women", 2000),
        new NumberStep("women", "Số phụ nữ", T.AskWomen, 0, 2000, "12")
        {
            Unit = "người",
            DependsOn = ["participants"],
            Check = (a, n) =>
                n > a.Number("participants") ? T.MoreThanParticipants(a.Number("participants")!.Value) : null,
        },
        new NumberStep("mong", "Người Mông", T.AskMong, 0, 2000, "10")
        {
            Optional = true,
            Unit = "người",
            DependsOn = ["participants"],
            Check = (a, n) =>
                n > a.Number("participants") ? T.MoreThanParticipants(a.Number("participants")!.Value) : null,
        },
        new NumberStep("thai", "Người Thái", T.AskThai, 0, 2000, "10")
        {
            Optional = true,
            Unit = "người",
            DependsOn = ["participants", "mong"],
            Check = (a, n) =>
                n + (a.Number("mong") ?? 0) > a.Number("participants")
                    ? T.MoreThanParticipants(a.Number("participants")!.Value)
                    : null,
        },
        new TextStep("outcome", "Kết quả chính", T.AskOutcome),
        new PhotoStep("photos", "Ảnh", T.AskMeetingPhotos) { Optional = true },
    ];

    public void Complete(Turn turn, Answers answers, ConversationState state)
    {
        var facts = new MeetingFacts
        {
            Kind = answers.Text("kind"),
            Topic = answers.Text("topic"),
            OtherTopic = answers.Get("topic_other"),
            Participants = answers.Number("participants") ?? 0,
            Women = answers.Number("women") ?? 0,
            Mong = answers.Number("mong"),
            Thai = answers.Number("thai"),
            Outcome = answers.Text("outcome"),
            PhotoFileIds = ReportWriter.Photos(answers.Get("photos")),
        };
        var topic = facts.OtherTopic is { } other
            ? VoiceAnswer.Show(other)
            : turn.Catalogue.Name(CatalogueLists.MeetingTopics, facts.Topic);
        ReportWriter.Save(
            turn,
            this,
            state,
            answers,
            answers.Date("date")!.Value,
            facts,
            T.MeetingSummary(topic, facts.Participants, facts.Women)
        );
    }
}
