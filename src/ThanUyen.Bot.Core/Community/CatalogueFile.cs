using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThanUyen.Bot.Core.Community;

/// <summary>
/// The operator-editable seed file (communes, villages, models, infrastructure types, targets, demo data).
/// </summary>
public sealed class CatalogueFile
{
    public List<Commune> Communes { get; set; } = [];
    public List<Village> Villages { get; set; } = [];
    public List<InfrastructureType> InfrastructureTypes { get; set; } = [];
    public List<ProductionModel> ProductionModels { get; set; } = [];

    /// <summary>Real works to seed (none in the shipped file: the project's works are loaded with /register).</summary>
    public List<SubProject> SubProjects { get; set; } = [];

    /// <summary>Project targets the project's own account gives (80 meetings, 42 core members …).</summary>
    public List<Register.ProjectTarget> Targets { get; set; } = [];

    /// <summary>Seeded only with --demo.</summary>
    public CatalogueDemo Demo { get; set; } = new();

    /// <summary>Option lists by name (<see cref="CatalogueLists"/>): products, meeting topics, buyers …</summary>
    public Dictionary<string, List<CatalogueOption>> Options { get; set; } = [];

    public static CatalogueFile Load(string path)
    {
        var file =
            JsonSerializer.Deserialize(File.ReadAllText(path), CatalogueJson.Default.CatalogueFile)
            ?? throw new InvalidDataException($"Catalogue file '{path}' is empty.");
        file.Validate(path);
        return file;
    }

    private void Validate(string path)
    {
        var communes = Communes.Select(c => c.Id).ToHashSet();
        var villages = Villages.Select(v => v.Id).ToHashSet();
        var types = InfrastructureTypes.Select(t => t.Id).ToHashSet();
        foreach (
            var list in new[]
            {
                CatalogueLists.Products,
                CatalogueLists.MeetingKinds,
                CatalogueLists.MeetingTopics,
                CatalogueLists.Buyers,
                CatalogueLists.ProgressStatuses,
            }
        )
            if (!Options.TryGetValue(list, out var entries) || entries.Count == 0)
                throw new InvalidDataException($"Catalogue '{path}': the option list '{list}' is missing or empty.");
        if (communes.Count == 0)
            throw new InvalidDataException($"Catalogue '{path}': no communes.");
        foreach (var v in Villages.Where(v => !communes.Contains(v.CommuneId)))
            throw new InvalidDataException(
                $"Catalogue '{path}': village '{v.Id}' names unknown commune '{v.CommuneId}'."
            );
        foreach (
            var s in SubProjects
                .Concat(Demo.SubProjects)
                .Where(s => !villages.Contains(s.VillageId) || !types.Contains(s.TypeId))
        )
            throw new InvalidDataException(
                $"Catalogue '{path}': sub-project '{s.Name}' names an unknown village or type."
            );
        foreach (var t in Targets.Where(t => Register.Indicator.Find(t.Indicator) is null))
            throw new InvalidDataException($"Catalogue '{path}': target '{t.Indicator}' is not an indicator.");
    }
}

/// <summary>
/// The catalogue's reader, generated at compile time: reading it by reflection cost ~60 ms of every start
/// (scripts/bench footprint).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(CatalogueFile))]
internal sealed partial class CatalogueJson : JsonSerializerContext;
