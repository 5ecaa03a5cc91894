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
        var baseName = $"thanuyen-{communeId ?? "tat-ca"}-{today:yyyyMMdd}";
        var (name, bytes) = csv
            ? CsvExport.Package(data, sheets, baseName)
            : ($"{baseName}.xlsx", XlsxExport.Write(data, sheets));
        return (name, bytes, data);
    }
}
