using ClosedXML.Excel;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;
using static ThanUyen.Bot.Core.Register.Import.RegisterSheets;
using H = ThanUyen.Bot.Core.Register.Import.RegisterHeaders;

namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>
/// The register as a workbook to fill in: one sheet per table with Vietnamese headers, an example row (its
/// "Mã" says "Ví dụ", the import skips it), drop-down lists for villages, types, statuses, yes/no, ethnic
/// groups, indicators and communes (read from a hidden sheet), then what the register holds today, so the
/// file sent back changes only what the admin changed.
/// </summary>
public static class RegisterTemplate
{
    private const int ValidatedRows = 1000;

    public static byte[] Write(Stores stores)
    {
        var catalogue = stores.Catalogue;
        using var workbook = new XLWorkbook();
        var lists = new Dictionary<string, IReadOnlyList<string>>
        {
            [H.Village] = catalogue.Villages().Select(v => v.Name).ToList(),
            [H.Type] = catalogue.InfrastructureTypes().Select(t => t.Name).ToList(),
            [H.Status] = Enum.GetValues<WorkStatus>().Select(T.WorkStatusName).ToList(),
            [RegisterSheets.YesNoList] = [T.Yes, T.No],
            [H.Ethnicity] = Ethnicities,
            [H.Indicator] = Register.Indicator.All.Select(i => i.Name).ToList(),
            [H.Commune] = catalogue.Communes().Select(c => c.Name).ToList(),
        };
        var sheets = All.ToDictionary(s => s.Sheet, s => Sheet(workbook, s.Sheet, s.Columns));
        var ranges = Lists(workbook, lists);
        foreach (var (name, columns) in All)
            for (var c = 0; c < columns.Count; c++)
                if (columns[c].ListName is { } list)
                    sheets[name].Range(3, c + 1, ValidatedRows, c + 1).SetDataValidation().List(ranges[list], true);
        RegisterRows.Fill(stores, sheets);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static IXLWorksheet Sheet(XLWorkbook workbook, string name, IReadOnlyList<RegisterColumn> columns)
    {
        var sheet = workbook.Worksheets.Add(name);
        for (var c = 0; c < columns.Count; c++)
        {
            var header = sheet.Cell(1, c + 1);
            header.SetValue(columns[c].Header);
            if (columns[c].Required)
                header.Style.Font.FontColor = XLColor.DarkRed;
            sheet.Column(c + 1).Width = columns[c].Width;
            var example = sheet.Cell(2, c + 1);
            example.SetValue(columns[c].Example);
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.Row(1).Style.Alignment.WrapText = true;
        sheet.Row(2).Style.Font.Italic = true;
        sheet.Row(2).Style.Font.FontColor = XLColor.Gray;
        sheet.SheetView.FreezeRows(2);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        return sheet;
    }

    /// <summary>The drop-down lists on a hidden sheet: an inline list may not pass 255 characters.</summary>
    private static Dictionary<string, IXLRange> Lists(
        XLWorkbook workbook,
        Dictionary<string, IReadOnlyList<string>> lists
    )
    {
        var sheet = workbook.Worksheets.Add(RegisterSheets.Lists);
        var ranges = new Dictionary<string, IXLRange>();
        var column = 1;
        foreach (var (name, values) in lists)
        {
            sheet.Cell(1, column).SetValue(name);
            for (var r = 0; r < values.Count; r++)
                sheet.Cell(r + 2, column).SetValue(values[r]);
            ranges[name] = sheet.Range(2, column, Math.Max(2, values.Count + 1), column);
            column++;
        }
        sheet.Visibility = XLWorksheetVisibility.Hidden;
        return ranges;
    }
}
