using ThanUyen.Bot.Core.Community;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// Copies the catalogue file into the database on first start; afterwards the database is the truth. Option
/// lists the database does not have yet (added by a newer version) are copied at any start, as are the targets
/// and the models' product and topic links once. The "(Ví dụ)" demo data goes in only when asked for (--demo).
/// </summary>
public static class CatalogueSeeder
{
    private const string SeededKey = "catalogue-seeded",
        TargetsKey = "targets-seeded",
        DemoKey = "demo-seeded";

    /// <summary>Returns true when it seeded a fresh database.</summary>
    public static bool Seed(Stores stores, CatalogueFile file, DateTime nowUtc, bool demo = false) =>
        stores.Writer.Write(() =>
        {
            var fresh = stores.Meta.Get(SeededKey) is null;
            stores.Catalogue.Seed(db =>
            {
                if (fresh)
                {
                    db.Communes.Upsert(file.Communes);
                    db.Villages.Upsert(file.Villages);
                    db.InfrastructureTypes.Upsert(file.InfrastructureTypes);
                    db.Models.Upsert(file.ProductionModels);
                    Insert(db, file.SubProjects, nowUtc);
                }
                else
                    LinkModels(db, file);
                var present = db.CatalogueOptions.FindAll().Select(o => o.List).ToHashSet();
                foreach (var (list, entries) in file.Options.Where(l => !present.Contains(l.Key)))
                    for (var i = 0; i < entries.Count; i++)
                    {
                        entries[i].List = list;
                        entries[i].Id = $"{list}:{entries[i].Value}";
                        entries[i].Order = i;
                        db.CatalogueOptions.Upsert(entries[i]);
                    }
                if (stores.Meta.Get(TargetsKey) is null)
                    foreach (var t in file.Targets)
                        stores.Register.SetTarget(t.Indicator, t.CommuneId, t.Value);
                if (demo && stores.Meta.Get(DemoKey) is null)
                {
                    Insert(db, file.Demo.SubProjects, nowUtc);
                    foreach (var h in file.Demo.Households)
                    {
                        h.Id = 0;
                        h.Example = true;
                        h.CreatedAt = nowUtc;
                        stores.Register.Save(h);
                    }
                }
            });
            if (fresh)
                stores.Meta.Set(SeededKey, nowUtc.ToString("O"));
            stores.Meta.Set(TargetsKey, "1");
            if (demo)
                stores.Meta.Set(DemoKey, "1");
            return fresh;
        });

    private static void Insert(BotDatabase db, List<SubProject> works, DateTime nowUtc)
    {
        foreach (var s in works)
        {
            s.Id = 0;
            s.CreatedAt = nowUtc;
            db.SubProjects.Insert(s);
        }
    }

    /// <summary>
    /// A database seeded before models named their products and topics gets the file's links, once: its sales
    /// and trainings then count per model. A model that already has links keeps them.
    /// </summary>
    private static void LinkModels(BotDatabase db, CatalogueFile file)
    {
        foreach (var model in file.ProductionModels)
            if (db.Models.FindById(model.Id) is { Products.Count: 0, Topics.Count: 0 } stored)
            {
                stored.Products = model.Products;
                stored.Topics = model.Topics;
                db.Models.Update(stored);
            }
    }
}
