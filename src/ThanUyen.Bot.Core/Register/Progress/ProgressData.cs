using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reports.Kinds.Meeting;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Register.Progress;

/// <summary>
/// Everything progress against targets is computed from, for the whole project or one commune, read once:
/// reports (counted on the day they happened), works, models, households, members. Pure after loading.
/// </summary>
public sealed class ProgressData
{
    public required string? CommuneId { get; init; }
    public required DateOnly ProjectStart { get; init; }
    public required IReadOnlyList<Report> Reports { get; init; }
    public required IReadOnlyList<SubProject> Works { get; init; }
    public required IReadOnlyList<ProductionModel> Models { get; init; }

    /// <summary>Confirmed households only: a name typed in a sale counts once an admin confirms it.</summary>
    public required IReadOnlyList<Household> Households { get; init; }
    public required IReadOnlyDictionary<int, Member> Members { get; init; }
    public required IReadOnlyDictionary<string, Village> Villages { get; init; }

    public static ProgressData Load(Stores stores, string? communeId, DateOnly projectStart) =>
        Load(
            stores,
            communeId,
            projectStart,
            stores.Reports.ReceivedBetween(DateTime.MinValue, DateTime.MaxValue, communeId)
        );

    /// <summary>
    /// The same from reports already read (every report, in id order, or at least all of the commune's): a
    /// page showing several scopes reads them once.
    /// </summary>
    public static ProgressData Load(
        Stores stores,
        string? communeId,
        DateOnly projectStart,
        IReadOnlyList<Report> reports
    )
    {
        var villages = (
            communeId is null ? stores.Catalogue.Villages() : stores.Catalogue.VillagesOf(communeId)
        ).ToDictionary(v => v.Id);
        return new ProgressData
        {
            CommuneId = communeId,
            ProjectStart = projectStart,
            Reports = communeId is null ? reports : reports.Where(r => r.CommuneId == communeId).ToList(),
            Works = stores
                .Catalogue.SubProjects()
                .Where(w => villages.ContainsKey(w.VillageId))
                .OrderBy(w => w.Id)
                .ToList(),
            Models = stores
                .Catalogue.Models()
                .Where(m => m.VillageId is null || villages.ContainsKey(m.VillageId))
                .OrderBy(m => m.Name, StringComparer.Ordinal)
                .ToList(),
            Households = stores
                .Register.Households()
                .Where(h => h.Confirmed && villages.ContainsKey(h.VillageId))
                .ToList(),
            Members = stores.Members.All().ToDictionary(m => m.Id),
            Villages = villages,
        };
    }

    public static DateOnly Day(Report report) => DateOnly.FromDateTime(report.EventDate);

    public IEnumerable<(Report Report, TFacts Facts)> In<TFacts>(DateOnly from, DateOnly to)
        where TFacts : ReportFacts =>
        Reports
            .Where(r => Day(r) >= from && Day(r) <= to)
            .Select(r => (r, r.FactsAs<TFacts>()))
            .Where(x => x.Item2 is not null)
            .Select(x => (x.r, x.Item2!));

    public IEnumerable<(Report Report, MeetingFacts Facts)> Meetings(DateOnly from, DateOnly to) =>
        In<MeetingFacts>(from, to);

    public IEnumerable<(Report Report, SaleFacts Facts)> Sales(DateOnly from, DateOnly to) => In<SaleFacts>(from, to);

    public IEnumerable<(Report Report, ProgressFacts Facts)> Progress(DateOnly from, DateOnly to) =>
        In<ProgressFacts>(from, to);

    /// <summary>The model a sale or meeting belongs to: its product or topic, in the model's village.</summary>
    public static bool Belongs(ProductionModel model, Report report) =>
        (model.VillageId is null || model.VillageId == report.VillageId)
        && (
            report.FactsAs<SaleFacts>() is { } sale
                ? model.Products.Contains(sale.Product)
                : report.FactsAs<MeetingFacts>() is { } meeting && model.Topics.Contains(meeting.Topic)
        );

    /// <summary>A work's latest progress report up to a day, or null.</summary>
    public (Report Report, ProgressFacts Facts)? Latest(SubProject work, DateOnly upTo)
    {
        var reports = Progress(DateOnly.MinValue, upTo).Where(p => p.Facts.SubProjectId == work.Id).ToList();
        return reports.Count == 0 ? null : reports.MaxBy(p => p.Report.Id);
    }
}
