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
    public static ExportData Load(BotDatabase db, TimeZoneInfo zone, DateOnly? from, DateOnly? to, string? communeId)
    {
        var start = from is { } f
            ? TimeZoneInfo.ConvertTimeToUtc(f.ToDateTime(TimeOnly.MinValue), zone)
            : DateTime.MinValue;
        var end = to is { } t
            ? TimeZoneInfo.ConvertTimeToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue), zone)
            : DateTime.MaxValue;
        var reports = db
            .Reports.Find(r => r.ReceivedAt >= start && r.ReceivedAt < end)
            .Where(r => communeId is null || r.CommuneId == communeId)
            .OrderBy(r => r.Id)
            .ToList();
        var members = db
            .Members.FindAll()
            .Where(m => communeId is null || m.CommuneId == communeId)
            .OrderBy(m => m.Id)
            .ToList();
        return new ExportData(
            reports,
            members,
            db.Villages.FindAll().ToDictionary(v => v.Id),
            db.Communes.FindAll().ToDictionary(c => c.Id),
            zone
        );
    }
}
