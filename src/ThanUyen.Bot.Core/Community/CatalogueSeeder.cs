using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Community;

/// <summary>Copies the catalogue file into the database on first start; afterwards the database is the truth.</summary>
public static class CatalogueSeeder
{
    private const string SeededKey = "catalogue-seeded";

    /// <summary>Returns true when it seeded (a fresh database).</summary>
    public static bool SeedIfEmpty(BotDatabase db, CatalogueFile file, DateTime nowUtc)
    {
        if (db.GetMeta(SeededKey) is not null)
            return false;
        db.InTransaction(() =>
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
            db.SetMeta(SeededKey, nowUtc.ToString("O"));
        });
        return true;
    }
}
