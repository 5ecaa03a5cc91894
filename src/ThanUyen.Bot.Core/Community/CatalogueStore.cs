using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Community;

/// <summary>
/// Communes, villages, models and works as they live in the database (seeded from the catalogue file).
/// </summary>
public sealed class CatalogueStore(BotDatabase db)
{
    public List<Commune> Communes() => db.Communes.FindAll().OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

    public List<Village> Villages() =>
        db.Villages.FindAll().OrderBy(v => v.CommuneId).ThenBy(v => v.Name, StringComparer.Ordinal).ToList();

    public Commune? Commune(string? id) => id is null ? null : db.Communes.FindById(id);

    public Village? Village(string? id) => id is null ? null : db.Villages.FindById(id);

    public List<Village> VillagesOf(string communeId) => db.Villages.Find(v => v.CommuneId == communeId).ToList();

    public List<SubProject> ActiveSubProjects(string villageId) =>
        db.SubProjects.Find(s => s.VillageId == villageId && s.Active).OrderBy(s => s.Id).ToList();

    public InfrastructureType? InfrastructureType(string id) => db.InfrastructureTypes.FindById(id);

    /// <summary>A village named loosely: "tham phe", "Thẩm Phé", "THAM-PHE".</summary>
    public Village? FindVillage(string text) => FindNamed(Villages(), text, v => v.Name, v => v.Id);

    public Commune? FindCommune(string text) => FindNamed(Communes(), text, c => c.Name, c => c.Id);

    private static TItem? FindNamed<TItem>(
        List<TItem> items,
        string text,
        Func<TItem, string> name,
        Func<TItem, string> id
    )
        where TItem : class
    {
        var key = TextKey.Of(text);
        if (key.Length == 0)
            return null;
        // "ban Hang", "xa Pha Mu": people often say the kind of place first.
        foreach (var prefix in new[] { "ban ", "xa ", "thon " })
            if (key.StartsWith(prefix, StringComparison.Ordinal) && items.All(i => TextKey.Of(name(i)) != key))
                key = key[prefix.Length..];
        return items.FirstOrDefault(i => TextKey.Of(name(i)) == key || TextKey.Of(id(i)) == key);
    }
}
