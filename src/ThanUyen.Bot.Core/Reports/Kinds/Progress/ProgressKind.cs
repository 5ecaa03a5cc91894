using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Reports.Export;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Reports.Kinds.Progress;

/// <summary>Infrastructure progress as summaries, an export sheet and a digest section with its chart.</summary>
public sealed class ProgressKind(Stores stores) : IReportKind
{
    private CatalogueStore Catalogue => stores.Catalogue;
    public string FlowId => InfrastructureProgressFlow.FlowId;
    public string Name => "Hạ tầng";
    public string FileName => "ha-tang";

    private static ProgressFacts F(Report r) => r.FactsAs<ProgressFacts>()!;

    /// <summary>The latest progress reported for a work, or null before its first report.</summary>
    public ProgressFacts? LatestOf(int subProjectId) =>
        stores.Reports.Latest(FlowId, nameof(ProgressFacts.SubProjectId), subProjectId)?.FactsAs<ProgressFacts>();

    /// <summary>Each work's state, read from every progress report at once (the web view's works page).</summary>
    public List<WorkProgress> Works(IEnumerable<SubProject> works)
    {
        var byWork = stores
            .Reports.OfKind(FlowId)
            .GroupBy(r => F(r).SubProjectId)
            .ToDictionary(g => g.Key, g => g.ToList());
        return works
            .Select(w =>
            {
                var reports = byWork.GetValueOrDefault(w.Id) ?? [];
                var latest = reports.LastOrDefault();
                var places = reports
                    .Where(r => F(r).Latitude is not null && F(r).Longitude is not null)
                    .Select(r => new WorkPlace(
                        F(r).Latitude!.Value,
                        F(r).Longitude!.Value,
                        r.Code,
                        F(r).PhotoFileIds.Count
                    ))
                    .ToList();
                var photos = reports.Sum(r => F(r).PhotoFileIds.Count);
                return new WorkProgress(
                    w,
                    latest,
                    latest is null ? null : F(latest).Percent,
                    reports.Count,
                    photos,
                    places
                );
            })
            .ToList();
    }

    public string OneLine(Report report) =>
        report.FactsAs<ProgressFacts>() is { } p ? $"🛠️ {p.SubProjectName} {p.Percent}%" : report.Code;

    /// <summary>"45% 🟡 Bị chậm", as /subprojects and the digest show a work's state.</summary>
    public string State(ProgressFacts p) =>
        $"{p.Percent}% {Catalogue.Label(CatalogueLists.ProgressStatuses, p.Status)}";

    public IReadOnlyList<ExportColumn<Report>> Columns(ExportContext context) =>
        [
            new(T.ColumnCode, r => r.Code),
            .. context.Place(),
            new("Công trình", r => F(r).SubProjectName),
            new("Từ %", r => F(r).PreviousPercent),
            new("Đến %", r => F(r).Percent),
            new("Tình trạng", r => Catalogue.Name(CatalogueLists.ProgressStatuses, F(r).Status)),
            new("Ngày công", r => F(r).Workdays),
            new("Tiền đóng góp (đồng)", r => F(r).Cash),
            new("Khó khăn, đề xuất", r => ExportContext.Text(F(r).Problems)),
            new("Số ảnh", r => F(r).PhotoFileIds.Count),
            new("Vĩ độ", r => F(r).Latitude),
            new("Kinh độ", r => F(r).Longitude),
        ];

    public DigestSection Digest(DigestInput input, IReadOnlyList<Report> thisWeek, IReadOnlyList<Report> previousWeek)
    {
        var progress = thisWeek.OrderBy(r => r.Id).ToList();
        // "From" of from → to: the last percent of the week before (each report also carries its own previous percent).
        var before = previousWeek
            .GroupBy(r => F(r).SubProjectId)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.ReceivedAt)!);
        var lines = new List<string> { T.DigestInfrastructure };
        var bars = new List<(string, double)>();
        var (photos, voices) = (new List<DigestMedia>(), new List<DigestMedia>());
        foreach (var group in progress.GroupBy(r => F(r).SubProjectId))
        {
            var latest = F(group.Last());
            var from = before.TryGetValue(group.Key, out var b) ? F(b).Percent : F(group.First()).PreviousPercent;
            var workdays = group.Sum(r => F(r).Workdays ?? 0);
            var cash = group.Sum(r => F(r).Cash ?? 0);
            var status = Catalogue.Label(CatalogueLists.ProgressStatuses, latest.Status);
            var contribution =
                workdays == 0 && cash == 0
                    ? ""
                    : T.DigestContribution(workdays, cash == 0 ? "" : Money.FormatShort(cash));
            lines.Add(T.DigestProgressLine(latest.SubProjectName, from, latest.Percent, status, contribution));
            if (latest.Problems is { } problems && !problems.StartsWith("voice:", StringComparison.Ordinal))
                lines.Add("    🆘 " + T.Clip(problems));
            // Problems told by voice: a line with who and how long, the voice note itself after the text.
            foreach (var r in group)
                if (Media.ReportMedia.Voice(F(r).Problems) is { } voice)
                {
                    lines.Add("    " + T.DigestVoiceLine(r.ReporterName, voice.Seconds));
                    voices.Add(
                        new(r, voice.Reference, voice.Seconds, T.DigestVoiceLine(r.ReporterName, voice.Seconds))
                    );
                }
            var caption = T.DigestPhotoCaption(latest.SubProjectName, latest.Percent);
            photos.AddRange(group.SelectMany(r => F(r).PhotoFileIds.Select(p => new DigestMedia(r, p, 0, caption))));
            bars.Add((latest.SubProjectName, latest.Percent));
        }
        if (progress.Count == 0)
            lines.Add(T.DigestNoProgress);
        var staleSince = input.Week.EndUtc(input.Zone).AddDays(-14);
        var stale = input
            .SubProjects.Where(s =>
                s.Active
                && s.Status != WorkStatus.Finished
                && !progress.Any(r => F(r).SubProjectId == s.Id)
                && (!before.TryGetValue(s.Id, out var last) || last.ReceivedAt < staleSince)
            )
            .Select(s => s.Name)
            .ToList();
        if (stale.Count > 0)
            lines.Add(T.DigestStale(string.Join(", ", stale)));
        return new DigestSection(lines)
        {
            Chart = new ChartPanel(T.ChartProgressTitle, bars) { Horizontal = true, Max = 100 },
            Photos = photos,
            Voices = voices,
        };
    }
}
