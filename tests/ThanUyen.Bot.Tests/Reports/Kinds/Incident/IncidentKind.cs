using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reports.Export;

namespace ThanUyen.Bot.Tests.Reports.Kinds.Incident;

/// <summary>The incident kind's summary, export sheet and digest section.</summary>
public sealed class IncidentKind : IReportKind
{
    public string FlowId => IncidentReportFlow.FlowId;
    public string Name => "Sự cố";
    public string FileName => "su-co";

    private static IncidentFacts F(Report r) => r.FactsAs<IncidentFacts>()!;

    public string OneLine(Report report) => $"⚠️ {F(report).What} — {F(report).Households} hộ";

    public IReadOnlyList<ExportColumn<Report>> Columns(ExportContext context) =>
        [
            new("Mã", r => r.Code),
            .. context.Place(),
            new("Chuyện gì", r => F(r).What),
            new("Số hộ", r => F(r).Households),
        ];

    public DigestSection Digest(
        DigestInput input,
        IReadOnlyList<Report> thisWeek,
        IReadOnlyList<Report> previousWeek
    ) =>
        new([$"⚠️ Sự cố: {thisWeek.Count} ({thisWeek.Sum(r => F(r).Households)} hộ bị ảnh hưởng)"])
        {
            Details = [.. thisWeek.Select(r => $"  • {r.Code} {input.VillageName(r.VillageId)}: {F(r).What}")],
        };
}
