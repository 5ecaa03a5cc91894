using ThanUyen.Bot.Core.Community;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// Copies the catalogue file into the database on first start; afterwards the database is the truth. Option
/// lists the database does not have yet (added by a newer version) are copied at any start.
/// </summary>
public static class CatalogueSeeder
{
    private const string SeededKey = "catalogue-seeded";

    /// <summary>Returns true when it seeded a fresh database.</summary>
    public static bool Seed(Stores stores, CatalogueFile file, DateTime nowUtc) =>
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
                    foreach (var s in file.SubProjects)
                    {
                        s.Id = 0;
                        s.CreatedAt = nowUtc;
                        db.SubProjects.Insert(s);
                    }
                }
                var present = db.CatalogueOptions.FindAll().Select(o => o.List).ToHashSet();
                foreach (var (list, entries) in file.Options.Where(l => !present.Contains(l.Key)))
                    for (var i = 0; i < entries.Count; i++)
                    {
                        entries[i].List = list;
                        entries[i].Id = $"{list}:{entries[i].Value}";
                        entries[i].Order = i;
                        db.CatalogueOptions.Upsert(entries[i]);
                    }
            });
            if (fresh)
                stores.Meta.Set(SeededKey, nowUtc.ToString("O"));
            return fresh;
        });
}
