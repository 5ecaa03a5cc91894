using ClosedXML.Excel;
using ThanUyen.Bot.Core.Storage;
using static ThanUyen.Bot.Core.Register.Import.RegisterSheets;
using H = ThanUyen.Bot.Core.Register.Import.RegisterHeaders;

namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>What the register holds today, written under the template's example rows (from row 3).</summary>
internal static class RegisterRows
{
    public static void Fill(Stores stores, Dictionary<string, IXLWorksheet> sheets)
    {
        var catalogue = stores.Catalogue;
        string VillageName(string? id) => catalogue.Village(id)?.Name ?? "";
        var models = catalogue.Models();
        Write(
            sheets[Works],
            catalogue.SubProjects().Where(w => !w.Example).OrderBy(w => w.Id),
            w =>
                [
                    $"#{w.Id}",
                    VillageName(w.VillageId),
                    catalogue.InfrastructureType(w.TypeId)?.Name,
                    w.Name,
                    w.Target,
                    w.TargetUnit,
                    w.BudgetProject,
                    w.BudgetCommunity,
                    w.BudgetCommune,
                    w.StartDate,
                    w.PlannedEnd,
                    T.WorkStatusName(w.Status),
                ]
        );
        Write(
            sheets[Models],
            models.OrderBy(m => m.Id, StringComparer.Ordinal),
            m =>
                [
                    m.Id,
                    VillageName(m.VillageId),
                    m.Name,
                    string.Join(", ", m.Products.Select(p => catalogue.Name(Community.CatalogueLists.Products, p))),
                    string.Join(", ", m.Topics.Select(t => catalogue.Name(Community.CatalogueLists.MeetingTopics, t))),
                    m.TargetHouseholds,
                    m.TargetHead,
                    m.TargetArea,
                    m.TargetRevenue,
                    m.StartDate,
                    m.Active ? T.Yes : T.No,
                ]
        );
        Write(
            sheets[Households],
            stores.Register.Households().Where(h => !h.Example),
            h =>
                [
                    $"#{h.Id}",
                    VillageName(h.VillageId),
                    h.Name,
                    h.Ethnicity,
                    h.WomanHeaded ? T.Yes : T.No,
                    string.Join(", ", h.ModelIds.Select(id => models.FirstOrDefault(m => m.Id == id)?.Name ?? id)),
                    h.Confirmed ? T.Yes : T.No,
                ]
        );
        var targets = stores.Register.Targets();
        var rows = Indicator
            .All.Select(i => (i, (string?)null))
            .Concat(
                targets.Where(t => t.CommuneId is not null).Select(t => (Indicator.Find(t.Indicator)!, t.CommuneId))
            )
            .Where(x => x.Item1 is not null);
        Write(
            sheets[Targets],
            rows,
            x => [null, x.Item1.Name, catalogue.Commune(x.Item2)?.Name, stores.Register.Target(x.Item1.Key, x.Item2)]
        );
    }

    private static void Write<TRow>(IXLWorksheet sheet, IEnumerable<TRow> rows, Func<TRow, object?[]> cells)
    {
        var r = 3;
        foreach (var row in rows)
        {
            var values = cells(row);
            for (var c = 0; c < values.Length; c++)
                Put(sheet.Cell(r, c + 1), values[c]);
            r++;
        }
    }

    internal static void Put(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case DateTime d:
                cell.Value = d;
                cell.Style.DateFormat.Format = "dd/MM/yyyy";
                break;
            case decimal m:
                cell.Value = m;
                cell.Style.NumberFormat.Format = "#,##0.##";
                break;
            case int i:
                cell.Value = i;
                break;
            default:
                cell.SetValue(value.ToString());
                break;
        }
    }
}
