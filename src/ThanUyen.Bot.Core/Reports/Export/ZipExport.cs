using System.IO.Compression;

namespace ThanUyen.Bot.Core.Reports.Export;

/// <summary>
/// One archive: the workbook, with each row linking to its files, beside "photos/" and "voice/" holding them.
/// Photos and voice notes are compressed already: they are stored, not squeezed again.
/// </summary>
public static class ZipExport
{
    public static void Write(
        Stream output,
        ExportData data,
        ExportSheets sheets,
        List<ExportMediaFile> files,
        string workbookName
    )
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var workbook = XlsxExport.Write(data, sheets, rows => ExportMedia.Columns(rows, files));
        using (var entry = zip.CreateEntry(workbookName).Open())
            entry.Write(workbook);
        foreach (var file in files.Where(f => f.Kept))
        {
            using var entry = zip.CreateEntry(file.Entry, CompressionLevel.NoCompression).Open();
            using var source = File.OpenRead(file.Source!);
            source.CopyTo(entry);
        }
    }
}
