using ClosedXML.Excel;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>
/// Reads a filled-in register workbook into a <see cref="RegisterPlan"/>: every row of every known sheet is
/// checked (all problems listed, by sheet, row and column), and only a file without a single problem yields
/// changes. Reads only: applying is the plan's, inside one transaction.
/// </summary>
public static class RegisterReader
{
    /// <summary>Rows beyond this are refused: the register has tens of rows per sheet, not tens of thousands.</summary>
    public const int MaxRows = 5000;

    public static RegisterPlan Read(byte[] bytes, Stores stores, long maxBytes, DateOnly today)
    {
        var plan = new RegisterPlan();
        if (bytes.Length > maxBytes)
        {
            plan.Errors.Add(RegisterError.File(T.RegisterTooBig(bytes.Length, maxBytes)));
            return plan;
        }
        XLWorkbook workbook;
        try
        {
            // An XLSX file is a ZIP ("PK"); anything else is refused before a parser sees it.
            if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
                throw new InvalidDataException("not a zip");
            workbook = new XLWorkbook(new MemoryStream(XlsxPictures.Strip(bytes)));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            plan.Errors.Add(RegisterError.File(T.RegisterNotXlsx));
            return plan;
        }
        using (workbook)
        {
            var context = new RegisterContext(stores, today);
            foreach (var model in context.Models)
                context.NameModel(model);
            var found = 0;
            foreach (var (name, columns) in RegisterSheets.All)
            {
                var sheet = workbook.Worksheets.FirstOrDefault(w => TextKey.Of(w.Name) == TextKey.Of(name));
                if (sheet is null)
                    continue;
                found++;
                ReadSheet(name, sheet, columns, context, plan);
            }
            if (found == 0)
                plan.Errors.Add(RegisterError.File(T.RegisterNoSheets(RegisterSheets.All.Select(s => s.Sheet))));
        }
        if (!plan.Ok)
            plan.Changes.Clear();
        return plan;
    }

    private static void ReadSheet(
        string name,
        IXLWorksheet sheet,
        IReadOnlyList<RegisterColumn> columns,
        RegisterContext context,
        RegisterPlan plan
    )
    {
        var headers = Headers(sheet);
        var present = new Dictionary<string, int>();
        foreach (var column in columns)
            if (headers.TryGetValue(Key(column.Header), out var index))
                present[column.Header] = index;
            else if (column.Required)
                plan.Errors.Add(new RegisterError(name, 1, "", column.Header, T.RegisterMissingColumn(column.Header)));
        if (columns.Any(c => c.Required && !present.ContainsKey(c.Header)))
            return;
        var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
        if (last > MaxRows + 1)
        {
            plan.Errors.Add(new RegisterError(name, last, "", "", T.RegisterTooManyRows(MaxRows)));
            return;
        }
        for (var r = 2; r <= last; r++)
        {
            if (sheet.Row(r).IsEmpty() || IsExample(sheet, r, present))
                continue;
            var row = new RowReader(name, sheet, r, present, plan.Errors);
            switch (name)
            {
                case RegisterSheets.Works:
                    WorkRows.Read(row, context, plan);
                    break;
                case RegisterSheets.Models:
                    ModelRows.Read(row, context, plan);
                    break;
                case RegisterSheets.Households:
                    HouseholdRows.Read(row, context, plan);
                    break;
                default:
                    TargetRows.Read(row, context, plan);
                    break;
            }
        }
    }

    /// <summary>Header key → column number, from row 1. "(đồng)" and "(ha)" may be left out.</summary>
    private static Dictionary<string, int> Headers(IXLWorksheet sheet)
    {
        var headers = new Dictionary<string, int>();
        foreach (var cell in sheet.Row(1).CellsUsed())
            headers.TryAdd(Key(cell.GetString()), cell.Address.ColumnNumber);
        return headers;
    }

    private static string Key(string header)
    {
        var open = header.IndexOf('(', StringComparison.Ordinal);
        return TextKey.Of(open > 0 ? header[..open] : header);
    }

    private static bool IsExample(IXLWorksheet sheet, int row, Dictionary<string, int> present) =>
        present.TryGetValue(RegisterHeaders.Id, out var column)
        && TextKey.Of(sheet.Cell(row, column).GetString()) == TextKey.Of(RegisterSheets.ExampleMark);
}
