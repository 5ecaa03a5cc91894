using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Flows;

/// <summary>
/// /meeting (/hop): a village meeting, workshop or training — who came, what it was about, what came of it.
/// </summary>
public sealed class MeetingReportFlow : IFlow
{
    public string Id => "meeting";
    public string Title => "📅 Họp / tập huấn";
    public IReadOnlyList<string> Commands => ["meeting", "hop"];
    public string Description => "Báo cáo cuộc họp, hội thảo, tập huấn";
    public bool NeedsConfirm => true;

    public bool IsAllowed(Member member) => member.Role is Role.Member or Role.Admin;

    public static readonly Option[] Topics =
    [
        new("watermelon", "🍉 Trồng dưa hấu", "dua hau", "dua"),
        new("cattle", "🐄 Vỗ béo bò", "bo", "vo beo bo"),
        new("chicken", "🐔 Gà đen bản địa", "ga", "ga den"),
        new("bees", "🐝 Nuôi ong", "ong"),
        new("vegetables", "🥬 Trồng rau", "rau"),
        new("business", "📒 Kế hoạch kinh doanh, ghi sổ", "ke hoach", "ghi so", "so sach"),
        new("selling", "🛒 Bán hàng, quảng bá", "ban hang", "quang ba"),
        new("subproject", "🛠️ Quản lý tiểu dự án", "tieu du an", "quan ly"),
        new("other", "📌 Chủ đề khác", "khac"),
    ];

    public IReadOnlyList<Step> Steps { get; } =
    [
        new ChoiceStep(
            "kind",
            "Loại",
            T.AskMeetingKind,
            new Option("meeting", "🏘️ Họp bản", "hop ban", "hop"),
            new Option("workshop", "🗣️ Hội thảo", "hoi thao"),
            new Option("training", "🎓 Tập huấn", "tap huan"),
            new Option("other", "📌 Khác", "khac")
        ),
        new ChoiceStep("topic", "Chủ đề", T.AskTopic, Topics),
        new TextStep("topic_other", "Chủ đề khác", T.AskOtherTopic)
        {
            SkipWhen = (_, a) => !a.Is("topic", "other"),
            DependsOn = ["topic"],
        },
        ReportWriter.VillageStep(),
        new DateStep("date", "Ngày", T.AskMeetingDate),
        new NumberStep("participants", "Số người dự", T.AskParticipants, 1, 2000, "25") { Unit = "người" },
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
        new TextStep("outcome", "Kết quả chính", T.AskOutcome) { AcceptVoice = true },
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
        var topic = facts.OtherTopic ?? Topics.First(t => t.Value == facts.Topic).Label;
        ReportWriter.Save(
            turn,
            this,
            state,
            answers,
            ReportKind.Meeting,
            ReportWriter.VillageOf(turn, answers) ?? "",
            answers.Date("date")!.Value,
            r => r.Meeting = facts,
            T.MeetingSummary(topic, facts.Participants, facts.Women)
        );
    }
}
