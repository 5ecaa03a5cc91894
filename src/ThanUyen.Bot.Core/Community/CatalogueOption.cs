namespace ThanUyen.Bot.Core.Community;

/// <summary>
/// One entry of a catalogue list that flows ask from (products, meeting topics, buyers, progress statuses …).
/// Seeded from catalogue.json, kept in the database: editing the catalogue changes the questions.
/// </summary>
public sealed class CatalogueOption
{
    /// <summary>"products:cattle".</summary>
    public string Id { get; set; } = "";

    /// <summary>Which list: see <see cref="CatalogueLists"/>.</summary>
    public string List { get; set; } = "";

    /// <summary>Stored in reports and sent as button data: short ASCII ("cattle").</summary>
    public string Value { get; set; } = "";

    /// <summary>What people read, icon first ("🐄 Bò").</summary>
    public string Label { get; set; } = "";

    /// <summary>Other words people type for it, without diacritics ("bo", "con bo").</summary>
    public List<string> Synonyms { get; set; } = [];

    public int Order { get; set; }

    /// <summary>Products: the unit a bare number means ("con", "kg", "lit", "qua").</summary>
    public string? Unit { get; set; }

    public bool Active { get; set; } = true;

    /// <summary>The label without its icon: "Bò".</summary>
    public string Name =>
        Label.IndexOf(' ', StringComparison.Ordinal) is var i and > 0 && !char.IsLetterOrDigit(Label[0])
            ? Label[(i + 1)..]
            : Label;
}
