using ClosedXML.Excel;

namespace ThanUyen.Bot.Core.Register.Periods;

/// <summary>
/// One printable sheet of the period report: a title (row 1), a line under it (row 2), headers (row 4) repeated
/// on every printed page, then rows from 5. Numbers stay numbers, dates are local dates, landscape, one page wide.
/// </summary>
internal sealed class ReportSheet
{
    public const int HeaderRow = 4,
        FirstRow = 5;
    private readonly IXLWorksheet _sheet;
    private int _next = FirstRow;

    public ReportSheet(
        XLWorkbook workbook,
        string name,
        string title,
        string subtitle,
        params (string Header, double Width)[] columns
    )
    {
        _sheet = workbook.Worksheets.Add(SheetName(workbook, name));
        _sheet.Cell(1, 1).SetValue(title);
        _sheet.Cell(1, 1).Style.Font.Bold = true;
        _sheet.Cell(1, 1).Style.Font.FontSize = 14;
        _sheet.Cell(2, 1).SetValue(subtitle);
        _sheet.Cell(2, 1).Style.Font.Italic = true;
        for (var c = 0; c < columns.Length; c++)
        {
            _sheet.Cell(HeaderRow, c + 1).SetValue(columns[c].Header);
            _sheet.Column(c + 1).Width = columns[c].Width;
        }
        var header = _sheet.Range(HeaderRow, 1, HeaderRow, Math.Max(1, columns.Length));
        header.Style.Font.Bold = true;
        header.Style.Alignment.WrapText = true;
        header.Style.Fill.BackgroundColor = XLColor.LightGray;
        _sheet.SheetView.FreezeRows(HeaderRow);
        var page = _sheet.PageSetup;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.PaperSize = XLPaperSize.A4Paper;
        page.FitToPages(1, 0);
        page.SetRowsToRepeatAtTop(HeaderRow, HeaderRow);
        page.Margins.Left = page.Margins.Right = 0.4;
    }

    public IXLWorksheet Sheet => _sheet;

    public void Row(params object?[] values)
    {
        for (var c = 0; c < values.Length; c++)
            Put(_sheet.Cell(_next, c + 1), values[c]);
        _next++;
    }

    /// <summary>Sheet names are unique, at most 31 characters, without : \ / ? * [ ].</summary>
    private static string SheetName(XLWorkbook workbook, string name)
    {
        var clean = new string(name.Where(c => !":\\/?*[]".Contains(c, StringComparison.Ordinal)).ToArray()).Trim();
        clean = clean.Length <= 31 ? clean : clean[..31].TrimEnd();
        var unique = clean;
        for (var n = 2; workbook.Worksheets.Any(w => w.Name.Equals(unique, StringComparison.OrdinalIgnoreCase)); n++)
            unique = $"{clean[..Math.Min(clean.Length, 27)]} ({n})";
        return unique;
    }

    private static void Put(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case DateOnly d:
                cell.Value = d.ToDateTime(TimeOnly.MinValue);
                cell.Style.DateFormat.Format = "dd/MM/yyyy";
                break;
            case DateTime d:
                cell.Value = d;
                cell.Style.DateFormat.Format = "dd/MM/yyyy";
                break;
            case decimal m:
                cell.Value = m;
                cell.Style.NumberFormat.Format = m == decimal.Round(m) ? "#,##0" : "#,##0.0";
                break;
            case int or long or double:
                cell.Value = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                cell.Style.NumberFormat.Format = "#,##0";
                break;
            default:
                cell.SetValue(value.ToString());
                break;
        }
    }
}
