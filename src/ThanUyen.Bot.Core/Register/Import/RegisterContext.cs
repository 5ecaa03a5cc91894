using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>
/// What the rows of one register file are checked against: the catalogue, the register as stored, and what the
/// file's earlier rows named (a household may name a model added a few rows up, on the models sheet).
/// </summary>
internal sealed class RegisterContext(Stores stores, DateOnly today)
{
    private readonly Dictionary<string, int> _seen = [];

    public Stores Stores => stores;
    public DateOnly Today => today;
    public CatalogueStore Catalogue => stores.Catalogue;
    public List<SubProject> Works { get; } = stores.Catalogue.SubProjects();
    public List<ProductionModel> Models { get; } = stores.Catalogue.Models();
    public List<Household> Households { get; } = stores.Register.Households();

    /// <summary>Models by loose name and by id, as stored and as the file's models sheet adds them.</summary>
    public Dictionary<string, string> ModelIds { get; } = [];

    public string VillageNames => string.Join(", ", Catalogue.Villages().Select(v => v.Name));

    /// <summary>
    /// The row that already used this key on the sheet (a duplicate), or null after recording it for this row.
    /// </summary>
    public int? Seen(string sheet, string key, int row)
    {
        if (_seen.TryGetValue($"{sheet}|{key}", out var first))
            return first;
        _seen[$"{sheet}|{key}"] = row;
        return null;
    }

    /// <summary>A required choice: the matching item, or an error on the row (missing, or not in the list).</summary>
    public static TItem? Required<TItem>(
        RowReader row,
        string header,
        Func<string, TItem?> find,
        Func<string, string> unknown
    )
        where TItem : class
    {
        var text = row.Text(header);
        if (text is null)
        {
            if (row.Has(header))
                row.Fail(header, T.RegisterRequired);
            return null;
        }
        var item = find(text);
        if (item is null)
            row.Fail(header, unknown(text));
        return item;
    }

    public InfrastructureType? Type(string text)
    {
        var key = TextKey.Of(text);
        return Catalogue
            .InfrastructureTypes()
            .FirstOrDefault(t => t.Id == key || TextKey.Of(t.Name) == key || TextKey.Of($"{t.Icon} {t.Name}") == key);
    }

    /// <summary>Catalogue option values for names ("Trâu, Bò" → cattle, buffalo); unknown names are errors.</summary>
    public List<string> Options(RowReader row, string header, string list)
    {
        var options = Catalogue.Options(list);
        var values = new List<string>();
        foreach (var name in row.Names(header))
            if (options.FirstOrDefault(o => o.IsNamedBy(name)) is Option option)
                values.Add(option.Value);
            else
                row.Fail(header, T.RegisterUnknownName(name, options.Select(o => Catalogue.Name(list, o.Value))));
        return values.Distinct().ToList();
    }

    public void NameModel(ProductionModel model)
    {
        ModelIds[TextKey.Of(model.Name)] = model.Id;
        ModelIds[model.Id] = model.Id;
    }
}
