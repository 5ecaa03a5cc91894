using ThanUyen.Bot.Core.Register;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// The register's own documents: households of the interest groups and the project's targets. Works and
/// models stay in the catalogue (<see cref="CatalogueStore"/>), which flows already read.
/// </summary>
public sealed class RegisterStore(BotDatabase db, DatabaseWriter writer)
{
    public List<Household> Households() => db.Households.FindAll().OrderBy(h => h.Id).ToList();

    public List<Household> HouseholdsIn(string villageId) =>
        db.Households.Find(h => h.VillageId == villageId).OrderBy(h => h.Name, StringComparer.Ordinal).ToList();

    public Household? Household(int id) => db.Households.FindById(id);

    public void Save(Household household)
    {
        writer.EnsureWriting();
        if (household.Id == 0)
            db.Households.Insert(household);
        else
            db.Households.Update(household);
    }

    public List<ProjectTarget> Targets() => db.Targets.FindAll().ToList();

    /// <summary>The target set for the whole project (null commune) or one commune; null when none is set.</summary>
    public decimal? Target(string indicator, string? communeId) =>
        db.Targets.FindById(ProjectTarget.IdOf(indicator, communeId))?.Value;

    /// <summary>Sets a target, or removes it with null (reports then say it is not set).</summary>
    public void SetTarget(string indicator, string? communeId, decimal? value)
    {
        writer.EnsureWriting();
        var id = ProjectTarget.IdOf(indicator, communeId);
        if (value is { } v)
            db.Targets.Upsert(
                new ProjectTarget
                {
                    Id = id,
                    Indicator = indicator,
                    CommuneId = communeId,
                    Value = v,
                }
            );
        else
            db.Targets.Delete(id);
    }
}
