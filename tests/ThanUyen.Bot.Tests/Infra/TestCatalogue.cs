using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Tests.Infra;

/// <summary>The shipped catalogue's option lists, for parser tables that need no database.</summary>
public static class TestCatalogue
{
    private static readonly CatalogueFile File = CatalogueFile.Load(
        Path.Combine(AppContext.BaseDirectory, "catalogue.json")
    );

    public static Option[] Options(string list) =>
        [.. File.Options[list].Select(o => new Option(o.Value, o.Label, [.. o.Synonyms]))];

    public static Option[] Products => Options(CatalogueLists.Products);
    public static Option[] Buyers => Options(CatalogueLists.Buyers);
    public static Option[] Topics => Options(CatalogueLists.MeetingTopics);
    public static Option[] MeetingKinds => Options(CatalogueLists.MeetingKinds);
    public static Option[] Statuses => Options(CatalogueLists.ProgressStatuses);

    /// <summary>The unit a bare number means for a product, as the sale flow reads it from the catalogue.</summary>
    public static string DefaultUnit(string? product) =>
        File.Options[CatalogueLists.Products].FirstOrDefault(p => p.Value == product)?.Unit ?? Quantity.Kg;

    /// <summary>The "per unit or total?" question's options when the unit is "con".</summary>
    public static Option[] PriceKinds =>
        [new("unit", T.PricePerUnit("con"), "gia", "moi", "don gia"), new("total", T.PriceTotal, "tong", "tong tien")];
}
