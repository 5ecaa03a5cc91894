using static ThanUyen.Bot.Core.Register.Import.RegisterSheets;
using H = ThanUyen.Bot.Core.Register.Import.RegisterHeaders;

namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>
/// The targets sheet: an indicator, optionally a commune (empty: the whole project), and its target. An empty
/// target removes one that was set: reports then say "chưa đặt mục tiêu".
/// </summary>
internal static class TargetRows
{
    public static void Read(RowReader row, RegisterContext context, RegisterPlan plan)
    {
        var indicator = RegisterContext.Required(
            row,
            H.Indicator,
            Register.Indicator.Named,
            t => T.RegisterUnknownName(t, Register.Indicator.All.Select(i => i.Name))
        );
        Community.Commune? commune = null;
        if (row.Text(H.Commune) is { } communeText && (commune = context.Catalogue.FindCommune(communeText)) is null)
            row.Fail(H.Commune, T.RegisterUnknownName(communeText, context.Catalogue.Communes().Select(c => c.Name)));
        var value = row.Number(H.Target);
        if (indicator?.Share == true && value > 100)
            row.Fail(H.Target, T.RegisterOver100);
        if (indicator is not null && context.Seen(Targets, $"{indicator.Key}|{commune?.Id}", row.Row) is { } first)
            row.Fail(H.Indicator, T.RegisterDuplicate(first));
        if (!row.Clean || indicator is null)
            return;
        var stored = context.Stores.Register.Target(indicator.Key, commune?.Id);
        if (stored == value)
            return;
        plan.Changes.Add(
            new(
                Targets,
                stored is null,
                T.RegisterTargetLine(indicator, commune?.Name, value),
                (stores, _) => stores.Register.SetTarget(indicator.Key, commune?.Id, value)
            )
        );
    }
}
