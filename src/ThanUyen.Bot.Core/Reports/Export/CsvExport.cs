using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ThanUyen.Bot.Core.Reports.Export;

/// <summary>UTF-8 with BOM (so Excel reads Vietnamese), one file per kind; several files are zipped.</summary>
public static class CsvExport
{
    /// <summary>(file name, bytes) per kind that has rows, plus members.</summary>
    public static List<(string Name, byte[] Bytes)> Files(ExportData data, ExportSheets sheets)
    {
        var files = new List<(string, byte[])>();
        void Add<TRow>(string name, IReadOnlyList<ExportColumn<TRow>> columns, List<TRow> rows)
        {
            if (rows.Count > 0)
                files.Add(($"{name}.csv", Write(columns, rows)));
        }
        foreach (var (_, file, columns, rows) in sheets.Kinds(data))
            Add(file, columns, rows);
        Add(ExportSheets.MemberFile, sheets.Members(data), data.Members.ToList());
        return files;
    }

    /// <summary>One CSV when there is one file, else a zip of them all.</summary>
    public static (string Name, byte[] Bytes) Package(ExportData data, ExportSheets sheets, string baseName)
    {
        var files = Files(data, sheets);
        if (files.Count == 1)
            return ($"{baseName}-{files[0].Name}", files[0].Bytes);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        return ($"{baseName}.zip", stream.ToArray());
    }

    public static byte[] Write<TRow>(IReadOnlyList<ExportColumn<TRow>> columns, IEnumerable<TRow> rows)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', columns.Select(c => Quote(c.Header))).Append("\r\n");
        foreach (var row in rows)
            sb.AppendJoin(',', columns.Select(c => Quote(Format(c.Value(row))))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string Format(object? value) =>
        value switch
        {
            null => "",
            DateTime d => d.ToString(
                d.TimeOfDay == TimeSpan.Zero ? "dd/MM/yyyy" : "dd/MM/yyyy HH:mm",
                CultureInfo.InvariantCulture
            ),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            // A text starting with = + - @ would run as a formula in Excel (CSV injection): keep it text.
            var other => other.ToString() is { Length: > 0 } t && "=+-@".Contains(t[0], StringComparison.Ordinal)
                ? "'" + t
                : other.ToString() ?? "",
        };

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0
            ? field
            : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
