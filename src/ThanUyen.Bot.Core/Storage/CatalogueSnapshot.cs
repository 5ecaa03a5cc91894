using System.Collections.Concurrent;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>The small catalogue lists, read once and shared by every answer until the catalogue changes.</summary>
internal sealed class CatalogueSnapshot
{
    private readonly ILookup<string, CatalogueOption> _entries;
    private readonly ConcurrentDictionary<string, IReadOnlyList<Option>> _options = new();

    private CatalogueSnapshot(
        List<Commune> communes,
        List<Village> villages,
        List<InfrastructureType> types,
        ILookup<string, CatalogueOption> entries
    )
    {
        (Communes, Villages, InfrastructureTypes, _entries) = (communes, villages, types, entries);
    }

    public List<Commune> Communes { get; }
    public List<Village> Villages { get; }
    public List<InfrastructureType> InfrastructureTypes { get; }

    public static CatalogueSnapshot Load(BotDatabase db) =>
        new(
            db.Communes.FindAll().OrderBy(c => c.Name, StringComparer.Ordinal).ToList(),
            db.Villages.FindAll().OrderBy(v => v.CommuneId).ThenBy(v => v.Name, StringComparer.Ordinal).ToList(),
            db.InfrastructureTypes.FindAll().ToList(),
            db.CatalogueOptions.FindAll().Where(o => o.Active).OrderBy(o => o.Order).ToLookup(o => o.List)
        );

    public IReadOnlyList<CatalogueOption> Entries(string list) => _entries[list].ToList();

    public IReadOnlyList<Option> Options(string list) =>
        _options.GetOrAdd(list, l => _entries[l].Select(o => new Option(o.Value, o.Label, [.. o.Synonyms])).ToList());
}
