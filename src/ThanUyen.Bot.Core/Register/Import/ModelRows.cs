using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Parsing;
using static ThanUyen.Bot.Core.Register.Import.RegisterSheets;
using H = ThanUyen.Bot.Core.Register.Import.RegisterHeaders;

namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>The models sheet: one production model per row, matched by its id ("Mã") or else by its name.</summary>
internal static class ModelRows
{
    public static void Read(RowReader row, RegisterContext context, RegisterPlan plan)
    {
        ProductionModel? stored = null;
        if (
            row.Text(H.Id) is { } idText
            && (stored = context.Models.FirstOrDefault(m => m.Id == idText.Trim())) is null
        )
            row.Fail(H.Id, T.RegisterUnknownModel(idText));
        Village? village = null;
        if (row.Text(H.Village) is { } villageText && (village = context.Catalogue.FindVillage(villageText)) is null)
            row.Fail(H.Village, T.RegisterUnknownVillage(villageText, context.VillageNames));
        var name = row.Text(H.ModelName);
        if (name is null)
            row.Fail(H.ModelName, T.RegisterRequired);
        else if (context.Seen(Models, TextKey.Of(name), row.Row) is { } first)
            row.Fail(H.ModelName, T.RegisterDuplicate(first));
        else
            stored ??= context.Models.FirstOrDefault(m => TextKey.Of(m.Name) == TextKey.Of(name));
        var products = context.Options(row, H.Products, CatalogueLists.Products);
        var topics = context.Options(row, H.Topics, CatalogueLists.MeetingTopics);
        var households = row.Number(H.TargetHouseholds);
        var head = row.Number(H.TargetHead);
        var area = row.Number(H.TargetArea);
        var revenue = row.Number(H.TargetRevenue, money: true);
        var start = row.Date(H.Start);
        var running = row.YesNo(H.Running);
        if (!row.Clean || name is null)
            return;

        var id = stored?.Id ?? NewId(context, village, name);
        context.NameModel(new ProductionModel { Id = id, Name = name });
        var fields = new FieldChanges<ProductionModel>(row, stored);
        fields.Set(H.Village, m => m.VillageId, village?.Id, (m, v) => m.VillageId = v);
        fields.Set(H.ModelName, m => m.Name, name, (m, v) => m.Name = v);
        fields.SetList(H.Products, m => m.Products, products, (m, v) => m.Products = v);
        fields.SetList(H.Topics, m => m.Topics, topics, (m, v) => m.Topics = v);
        fields.Set(H.TargetHouseholds, m => m.TargetHouseholds, Whole(households), (m, v) => m.TargetHouseholds = v);
        fields.Set(H.TargetHead, m => m.TargetHead, Whole(head), (m, v) => m.TargetHead = v);
        fields.Set(H.TargetArea, m => m.TargetArea, area, (m, v) => m.TargetArea = v);
        fields.Set(H.TargetRevenue, m => m.TargetRevenue, revenue, (m, v) => m.TargetRevenue = v);
        fields.Set(H.Start, m => m.StartDate, start, (m, v) => m.StartDate = v);
        fields.Set(H.Running, m => m.Active, running ?? true, (m, v) => m.Active = v);
        if (stored is null || fields.Changed.Count > 0)
            plan.Changes.Add(
                new(
                    Models,
                    stored is null,
                    stored is null ? T.RegisterAddedModel(name) : T.RegisterChangedModel(name, fields.Changed),
                    (stores, _) =>
                    {
                        var model = stores.Catalogue.Models().FirstOrDefault(m => m.Id == id) ?? new() { Id = id };
                        fields.ApplyTo(model);
                        stores.Catalogue.Save(model);
                    }
                )
            );
    }

    private static int? Whole(decimal? n) => n is { } v ? (int)decimal.Round(v) : null;

    /// <summary>"hang-trong-dua-hau", as /model add makes them; a number is added if that id is taken.</summary>
    private static string NewId(RegisterContext context, Village? village, string name)
    {
        var id = $"{village?.Id ?? "chung"}-{TextKey.Of(name).Replace(' ', '-')}";
        var taken = context.Models.Select(m => m.Id).Concat(context.ModelIds.Values).ToHashSet();
        var unique = id;
        for (var n = 2; taken.Contains(unique); n++)
            unique = $"{id}-{n}";
        return unique;
    }
}
