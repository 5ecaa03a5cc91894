using System.Globalization;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Reports.Export;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Reports.Kinds.Meeting;

/// <summary>Meetings, workshops and trainings as summaries, an export sheet and a digest section.</summary>
public sealed class MeetingKind(Stores stores) : IReportKind
{
    private CatalogueStore Catalogue => stores.Catalogue;
    public string FlowId => MeetingReportFlow.FlowId;
    public string Name => "Họp - tập huấn";
    public string FileName => "hop-tap-huan";

    /// <summary>The catalogue's topic, or the one typed (a spoken one reads "🎤 0:12").</summary>
    private string Topic(MeetingFacts m) =>
        m.OtherTopic is { } other
            ? Conversations.VoiceAnswer.Show(other)
            : Catalogue.Name(CatalogueLists.MeetingTopics, m.Topic);

    /// <summary>With its icon, as the digest shows it: "🍉 Trồng dưa hấu".</summary>
    private string TopicLabel(MeetingFacts m) =>
        m.OtherTopic is { } other
            ? Conversations.VoiceAnswer.Show(other)
            : Catalogue.Label(CatalogueLists.MeetingTopics, m.Topic);

    public string OneLine(Report report) =>
        report.FactsAs<MeetingFacts>() is { } m ? $"📅 {Topic(m)}, {m.Participants} người" : report.Code;

    public IReadOnlyList<ExportColumn<Report>> Columns(ExportContext context) =>
        [
            new(T.ColumnCode, r => r.Code),
            new("Ngày họp", r => r.EventDate),
            .. context.Place(),
            new("Loại", r => Catalogue.Name(CatalogueLists.MeetingKinds, F(r).Kind)),
            new("Chủ đề", r => Topic(F(r))),
            new("Số người", r => F(r).Participants),
            new("Phụ nữ", r => F(r).Women),
            new("Người Mông", r => F(r).Mong),
            new("Người Thái", r => F(r).Thai),
            new("Kết quả", r => ExportContext.Text(F(r).Outcome)),
            new("Số ảnh", r => F(r).PhotoFileIds.Count),
        ];

    private static MeetingFacts F(Report r) => r.FactsAs<MeetingFacts>()!;

    public DigestSection Digest(DigestInput input, IReadOnlyList<Report> thisWeek, IReadOnlyList<Report> previousWeek)
    {
        var meetings = thisWeek.OrderBy(r => r.EventDate).ThenBy(r => r.Id).ToList();
        if (meetings.Count == 0 && previousWeek.Count == 0)
            return new DigestSection([T.DigestNoMeetings]);
        int participants = meetings.Sum(m => F(m).Participants),
            women = meetings.Sum(m => F(m).Women);
        var share = participants == 0 ? 0 : (int)Math.Round(100.0 * women / participants);
        var summary = new List<string>
        {
            T.DigestMeetings(
                meetings.Count,
                DigestBuilder.Trend(meetings.Count, previousWeek.Count, Count),
                participants,
                DigestBuilder.Trend(participants, previousWeek.Sum(m => F(m).Participants), Count),
                share
            ),
        };
        if (meetings.Count > 0)
        {
            var topics = meetings
                .GroupBy(m => TopicLabel(F(m)))
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} ({g.Count()})");
            summary.Add(T.DigestTopics(string.Join(", ", topics)));
        }
        var details = meetings.Select(m =>
        {
            var eventDay = DateOnly.FromDateTime(m.EventDate);
            // A meeting held before the week but reported in it is in this digest: say when it happened.
            var date =
                eventDay < input.Week.Monday || eventDay != input.LocalDay(m.ReceivedAt) ? $" {eventDay:dd'/'MM}" : "";
            return $"  • {m.Code}{date} {input.VillageName(m.VillageId)}: {TopicLabel(F(m))}, "
                + $"{F(m).Participants} người";
        });
        return new DigestSection(summary) { Details = details.ToList(), More = T.DigestMoreMeetings };

        static string Count(decimal n) => n.ToString(CultureInfo.InvariantCulture);
    }
}
