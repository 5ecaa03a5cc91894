using ClosedXML.Excel;

namespace ThanUyen.Bot.Core.Reports.Export;

/// <summary>
/// One sheet per report kind plus members; Vietnamese headers, local dates, numbers as numbers, header row frozen.
/// </summary>
public static class XlsxExport
{
    /// <param name="extra">Columns added to each kind's sheet (the links to its photos and voice notes).</param>
    public static byte[] Write(
        ExportData data,
        ExportSheets sheets,
        Func<List<Report>, IEnumerable<ExportColumn<Report>>>? extra = null
    )
    {
        using var workbook = new XLWorkbook();
        foreach (var (name, _, columns, rows) in sheets.Kinds(data))
            Sheet(workbook, name, [.. columns, .. extra?.Invoke(rows) ?? []], rows);
        Sheet(workbook, ExportSheets.MemberSheet, sheets.Members(data), data.Members);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Sheet<TRow>(
        XLWorkbook workbook,
        string name,
        IReadOnlyList<ExportColumn<TRow>> columns,
        IEnumerable<TRow> rows
    )
    {
        var sheet = workbook.Worksheets.Add(name);
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = columns[c].Header;
            sheet.Column(c + 1).Width = Math.Max(10, columns[c].Header.Length + 4);
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                switch (columns[c].Value(row))
                {
                    case null:
                        break;
                    case DateTime d:
                        cell.Value = d;
                        cell.Style.DateFormat.Format = d.TimeOfDay == TimeSpan.Zero ? "dd/MM/yyyy" : "dd/MM/yyyy HH:mm";
                        break;
                    case decimal m:
                        cell.Value = m;
                        cell.Style.NumberFormat.Format = "#,##0.###";
                        break;
                    case int i:
                        cell.Value = i;
                        break;
                    case double x:
                        cell.Value = x;
                        break;
                    case ExportLink link:
                        cell.Value = link.Text;
                        cell.DataType = XLDataType.Text;
                        // Relative: Excel resolves it against the workbook's folder, so it opens once unzipped.
                        if (link.Target is { } target)
                            cell.Hyperlink = new XLHyperlink(new Uri(target, UriKind.Relative));
                        break;
                    case var other:
                        cell.Value = other.ToString();
                        cell.DataType = XLDataType.Text;
                        break;
                }
            }
            r++;
        }
    }
}
