using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// Communes, villages, models, works and option lists as they live in the database (seeded from the
/// catalogue file). Read on nearly every answer, so the small lists are kept in memory; any write here, or a
/// rolled-back transaction, drops that copy and the next read takes a fresh one.
/// </summary>
public sealed class CatalogueStore
{
    private readonly BotDatabase _db;
    private readonly DatabaseWriter _writer;
    private volatile CatalogueSnapshot? _snapshot;
    private int _version;

    public CatalogueStore(BotDatabase db, DatabaseWriter writer)
    {
        (_db, _writer) = (db, writer);
        db.Rolledback += Forget;
    }

    private CatalogueSnapshot Snapshot
    {
        get
        {
            if (_snapshot is { } current)
                return current;
            // A write that lands while this reads makes the copy stale: keep it only if none did.
            var version = Volatile.Read(ref _version);
            var fresh = CatalogueSnapshot.Load(_db);
            if (Volatile.Read(ref _version) == version)
                _snapshot = fresh;
            return fresh;
        }
    }

    private void Forget()
    {
        Interlocked.Increment(ref _version);
        _snapshot = null;
    }

    public List<Commune> Communes() => Snapshot.Communes;

    public List<Village> Villages() => Snapshot.Villages;

    public Commune? Commune(string? id) => id is null ? null : Snapshot.Communes.FirstOrDefault(c => c.Id == id);

    public Village? Village(string? id) => id is null ? null : Snapshot.Villages.FirstOrDefault(v => v.Id == id);

    public List<Village> VillagesOf(string communeId) =>
        Snapshot.Villages.Where(v => v.CommuneId == communeId).ToList();

    public List<InfrastructureType> InfrastructureTypes() => Snapshot.InfrastructureTypes;

    public InfrastructureType? InfrastructureType(string id) =>
        Snapshot.InfrastructureTypes.FirstOrDefault(t => t.Id == id);

    /// <summary>An option list ("products") in its order, as the entries stored.</summary>
    public IReadOnlyList<CatalogueOption> Entries(string list) => Snapshot.Entries(list);

    /// <summary>An option list ready to ask with: icons, synonyms, keys computed once.</summary>
    public IReadOnlyList<Option> Options(string list) => Snapshot.Options(list);

    /// <summary>"Bò" for ("products", "cattle"); the value itself when unknown.</summary>
    public string Name(string list, string? value) =>
        Snapshot.Entries(list).FirstOrDefault(o => o.Value == value)?.Name ?? value ?? "";

    /// <summary>"🐄 Bò" for ("products", "cattle"); the value itself when unknown.</summary>
    public string Label(string list, string? value) =>
        Snapshot.Entries(list).FirstOrDefault(o => o.Value == value)?.Label ?? value ?? "";

    public List<ProductionModel> Models() => _db.Models.FindAll().ToList();

    public SubProject? SubProject(int id) => _db.SubProjects.FindById(id);

    public List<SubProject> SubProjects() => _db.SubProjects.FindAll().ToList();

    public List<SubProject> SubProjectsIn(string villageId) =>
        _db.SubProjects.Find(s => s.VillageId == villageId).OrderBy(s => s.Id).ToList();

    public List<SubProject> ActiveSubProjects(string villageId) =>
        _db.SubProjects.Find(s => s.VillageId == villageId && s.Active).OrderBy(s => s.Id).ToList();

    public List<SubProject> ActiveSubProjects() =>
        _db.SubProjects.Find(s => s.Active).OrderBy(s => s.VillageId).ThenBy(s => s.Id).ToList();

    /// <summary>A village named loosely: "tham phe", "Thẩm Phé", "THAM-PHE".</summary>
    public Village? FindVillage(string text) => FindNamed(Villages(), text, v => v.Name, v => v.Id);

    public Commune? FindCommune(string text) => FindNamed(Communes(), text, c => c.Name, c => c.Id);

    public void Save(SubProject work)
    {
        _writer.EnsureWriting();
        Forget();
        if (work.Id == 0)
            _db.SubProjects.Insert(work);
        else
            _db.SubProjects.Update(work);
    }

    public void Save(ProductionModel model)
    {
        _writer.EnsureWriting();
        Forget();
        _db.Models.Upsert(model);
    }

    /// <summary>Writes a whole catalogue file (first start, or lists added by a newer version).</summary>
    internal void Seed(Action<BotDatabase> write)
    {
        _writer.EnsureWriting();
        write(_db);
        Forget();
    }

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
