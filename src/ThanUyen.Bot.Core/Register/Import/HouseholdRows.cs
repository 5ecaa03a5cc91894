using System.Globalization;
using ThanUyen.Bot.Core.Parsing;
using static ThanUyen.Bot.Core.Register.Import.RegisterSheets;
using H = ThanUyen.Bot.Core.Register.Import.RegisterHeaders;

namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>
/// The households sheet: one household per row, matched by its number ("Mã") or else by village and head's name.
/// Households an admin loads are confirmed unless the row says otherwise.
/// </summary>
internal static class HouseholdRows
{
    public static void Read(RowReader row, RegisterContext context, RegisterPlan plan)
    {
        Household? stored = null;
        if (row.Text(H.Id) is { } idText)
        {
            stored = int.TryParse(idText.TrimStart('#'), CultureInfo.InvariantCulture, out var number)
                ? context.Households.FirstOrDefault(h => h.Id == number)
                : null;
            if (stored is null)
                row.Fail(H.Id, T.RegisterUnknownHousehold(idText));
        }
        var village = RegisterContext.Required(
            row,
            H.Village,
            context.Catalogue.FindVillage,
            t => T.RegisterUnknownVillage(t, context.VillageNames)
        );
        var name = row.Text(H.Head);
        if (name is null)
            row.Fail(H.Head, T.RegisterRequired);
        else if (
            village is not null
            && context.Seen(Households, $"{village.Id}|{TextKey.Of(name)}", row.Row) is { } first
        )
            row.Fail(H.Head, T.RegisterDuplicate(first));
        else if (village is not null)
            stored ??= context.Households.FirstOrDefault(h =>
                h.VillageId == village.Id && TextKey.Of(h.Name) == TextKey.Of(name)
            );
        string? ethnicity = null;
        if (row.Text(H.Ethnicity) is { } ethnicityText && (ethnicity = RegisterNames.Ethnicity(ethnicityText)) is null)
            row.Fail(H.Ethnicity, T.RegisterUnknownName(ethnicityText, Ethnicities));
        var woman = row.YesNo(H.WomanHeaded);
        var models = new List<string>();
        foreach (var model in row.Names(H.HouseholdModels))
            if (
                context.ModelIds.TryGetValue(TextKey.Of(model), out var modelId)
                || context.ModelIds.TryGetValue(model, out modelId)
            )
                models.Add(modelId);
            else
                row.Fail(H.HouseholdModels, T.RegisterUnknownName(model, context.Models.Select(m => m.Name)));
        var confirmed = row.YesNo(H.Confirmed);
        if (!row.Clean || name is null || village is null)
            return;

        var fields = new FieldChanges<Household>(row, stored);
        fields.Set(H.Village, h => h.VillageId, village.Id, (h, v) => h.VillageId = v);
        fields.Set(H.Head, h => h.Name, name, (h, v) => h.Name = v);
        fields.Set(H.Ethnicity, h => h.Ethnicity, ethnicity, (h, v) => h.Ethnicity = v);
        fields.Set(H.WomanHeaded, h => h.WomanHeaded, woman ?? false, (h, v) => h.WomanHeaded = v);
        fields.SetList(H.HouseholdModels, h => h.ModelIds, models.Distinct().ToList(), (h, v) => h.ModelIds = v);
        fields.Set(H.Confirmed, h => h.Confirmed, confirmed ?? true, (h, v) => h.Confirmed = v);
        var id = stored?.Id ?? 0;
        if (stored is null)
            plan.Changes.Add(
                new(
                    Households,
                    true,
                    T.RegisterAddedHousehold(name, village.Name),
                    (stores, now) =>
                    {
                        var household = new Household { CreatedAt = now };
                        fields.ApplyTo(household);
                        stores.Register.Save(household);
                    }
                )
            );
        else if (fields.Changed.Count > 0)
            plan.Changes.Add(
                new(
                    Households,
                    false,
                    T.RegisterChangedHousehold(id, name, fields.Changed),
                    (stores, _) =>
                    {
                        var household = stores.Register.Household(id)!;
                        fields.ApplyTo(household);
                        stores.Register.Save(household);
                    }
                )
            );
    }
}
