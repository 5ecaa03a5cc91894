namespace ThanUyen.Bot.Core.Community;

/// <summary>
/// Example works and households marked "(Ví dụ)" for trying the bot out. Seeded only with --demo
/// (Bot:Demo=true): a real database starts with no invented works.
/// </summary>
public sealed class CatalogueDemo
{
    public List<SubProject> SubProjects { get; set; } = [];
    public List<Register.Household> Households { get; set; } = [];
}
