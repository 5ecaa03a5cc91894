using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Reports.Export;

/// <summary>The file /export sends and the web view downloads: XLSX, or CSV (a zip when several sheets).</summary>
public static class ExportFile
{
    public static (string Name, byte[] Bytes, ExportData Data) Make(
        Stores stores,
        ExportSheets sheets,
        TimeZoneInfo zone,
        DateOnly today,
        DateOnly? from,
        DateOnly? to,
        string? communeId,
        bool csv
    )
    {
        var data = ExportData.Load(stores, zone, from, to, communeId);
        var baseName = BaseName(communeId, today);
        var (name, bytes) = csv
            ? CsvExport.Package(data, sheets, baseName)
            : ($"{baseName}.xlsx", XlsxExport.Write(data, sheets));
        return (name, bytes, data);
    }

    /// <summary>"thanuyen-pha-mu-20261125": the commune (or all) and the day it was made.</summary>
    public static string BaseName(string? communeId, DateOnly today) =>
        $"thanuyen-{communeId ?? "tat-ca"}-{today:yyyyMMdd}";
}
