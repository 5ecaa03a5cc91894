using System.Globalization;
using ClosedXML.Excel;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>
/// Reads the cells of one data row by header, collecting every problem instead of stopping at the first.
/// A header the sheet does not have reads as absent (<see cref="Has"/> is false): that field is left as it is.
/// </summary>
internal sealed class RowReader(
    string sheet,
    IXLWorksheet worksheet,
    int row,
    IReadOnlyDictionary<string, int> columns,
    List<RegisterError> errors
)
{
    private static readonly string[] DateFormats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd", "d/M/yy"];

    public int Row => row;
    public int ErrorsBefore { get; } = errors.Count;

    /// <summary>True when this row added no error.</summary>
    public bool Clean => errors.Count == ErrorsBefore;

    public bool Has(string header) => columns.ContainsKey(header);

    public void Fail(string header, string problem)
    {
        var column = columns.TryGetValue(header, out var c) ? XLHelper.GetColumnLetterFromNumber(c) : "";
        errors.Add(new RegisterError(sheet, row, column, header, problem));
    }

    /// <summary>The cell as typed, trimmed; null when empty or the column is absent. A formula is refused.</summary>
    public string? Text(string header)
    {
        if (Cell(header) is not { } cell)
            return null;
        var text = cell.DataType switch
        {
            XLDataType.DateTime => cell.GetDateTime().ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            XLDataType.Number => cell.GetDouble().ToString(CultureInfo.InvariantCulture),
            _ => cell.GetString(),
        };
        text = TextKey.Clean(text).Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>A number from 0 up.</summary>
    public decimal? Number(string header, bool money = false)
    {
        if (Cell(header) is not { } cell)
            return null;
        decimal value;
        if (cell.DataType == XLDataType.Number)
            value = (decimal)cell.GetDouble();
        else if (
            !(
                money
                    ? Money.TryParse(cell.GetString(), out value)
                    : VietnameseNumber.TryParse(cell.GetString(), out value)
            )
        )
        {
            Fail(
                header,
                cell.GetString().TrimStart().StartsWith('-') ? T.RegisterNegative : T.RegisterNotANumber(Shown(cell))
            );
            return null;
        }
        if (value < 0)
        {
            Fail(header, T.RegisterNegative);
            return null;
        }
        return value;
    }

    public DateTime? Date(string header)
    {
        if (Cell(header) is not { } cell)
            return null;
        DateTime date;
        if (cell.DataType == XLDataType.DateTime)
            date = cell.GetDateTime().Date;
        else if (cell.DataType == XLDataType.Number && cell.GetDouble() is > 1 and < 2958465)
            date = DateTime.FromOADate(cell.GetDouble()).Date;
        else if (
            DateTime.TryParseExact(
                cell.GetString().Trim(),
                DateFormats,
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var parsed
            )
        )
            date = parsed.Date;
        else
        {
            Fail(header, T.RegisterNotADate(Shown(cell)));
            return null;
        }
        if (date.Year is < 2000 or > 2100)
        {
            Fail(header, T.RegisterNotADate(Shown(cell)));
            return null;
        }
        return DateTime.SpecifyKind(date, DateTimeKind.Unspecified);
    }

    public bool? YesNo(string header)
    {
        if (Cell(header) is not { } cell)
            return null;
        if (cell.DataType == XLDataType.Boolean)
            return cell.GetBoolean();
        switch (TextKey.Of(cell.GetString()))
        {
            case "co" or "x" or "yes" or "1" or "dung" or "roi" or "da":
                return true;
            case "khong" or "ko" or "no" or "0" or "chua":
                return false;
            default:
                Fail(header, T.RegisterNotYesNo(Shown(cell)));
                return null;
        }
    }

    /// <summary>"Trâu, Bò" → ["Trâu", "Bò"].</summary>
    public List<string> Names(string header) =>
        Text(header)
            ?.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList()
        ?? [];

    private IXLCell? Cell(string header)
    {
        if (!columns.TryGetValue(header, out var column))
            return null;
        var cell = worksheet.Cell(row, column);
        if (cell.HasFormula)
        {
            Fail(header, T.RegisterFormula(cell.FormulaA1));
            return null;
        }
        return cell.IsEmpty() || cell.GetString().Trim().Length == 0 && cell.DataType == XLDataType.Text ? null : cell;
    }

    private static string Shown(IXLCell cell) => T.Clip(cell.GetString());
}
