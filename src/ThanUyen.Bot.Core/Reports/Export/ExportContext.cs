using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Reports.Export;

/// <summary>What export columns read besides the report: place names, local time, catalogue labels.</summary>
public sealed class ExportContext(ExportData data, CatalogueStore catalogue)
{
    public CatalogueStore Catalogue => catalogue;

    public string Village(string? id) => data.Villages.GetValueOrDefault(id ?? "")?.Name ?? "";

    public string Commune(string? id) => data.Communes.GetValueOrDefault(id ?? "")?.Name ?? "";

    public DateTime Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), data.Zone);

    /// <summary>A text answer as a cell: a voice note reads "(tin nhắn thoại 0:42)".</summary>
    public static string Text(string? value) =>
        value is null ? ""
        : Media.ReportMedia.Voice(value) is { } voice ? T.ExportVoiceNoteOf(voice.Seconds)
        : value.StartsWith(Conversations.TextStep.VoicePrefix, StringComparison.Ordinal) ? T.ExportVoiceNote
        : value;

    /// <summary>The columns every kind's sheet starts with (after its own date, if any).</summary>
    public IEnumerable<ExportColumn<Report>> Place() =>
        [
            new(T.ColumnReceived, r => Local(r.ReceivedAt)),
            new(T.ColumnCommune, r => Commune(r.CommuneId)),
            new(T.ColumnVillage, r => Village(r.VillageId)),
            new(T.ColumnReporter, r => r.ReporterName),
        ];
}
