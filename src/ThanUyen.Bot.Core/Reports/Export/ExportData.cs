using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Reports.Export;

/// <summary>
/// The reports and members one export holds: a date range (local, inclusive) and optionally one commune.
/// </summary>
public sealed record ExportData(
    IReadOnlyList<Report> Reports,
    IReadOnlyList<Member> Members,
    IReadOnlyDictionary<string, Village> Villages,
    IReadOnlyDictionary<string, Commune> Communes,
    TimeZoneInfo Zone
)
{
    public static ExportData Load(Stores stores, TimeZoneInfo zone, DateOnly? from, DateOnly? to, string? communeId)
    {
        var start = from is { } f
            ? TimeZoneInfo.ConvertTimeToUtc(f.ToDateTime(TimeOnly.MinValue), zone)
            : DateTime.MinValue;
        var end = to is { } t
            ? TimeZoneInfo.ConvertTimeToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue), zone)
            : DateTime.MaxValue;
        var reports = stores.Reports.ReceivedBetween(start, end, communeId);
        var members = stores
            .Members.All()
            .Where(m => communeId is null || m.CommuneId == communeId)
            .OrderBy(m => m.Id)
            .ToList();
        return new ExportData(
            reports,
            members,
            stores.Catalogue.Villages().ToDictionary(v => v.Id),
            stores.Catalogue.Communes().ToDictionary(c => c.Id),
            zone
        );
    }
}
