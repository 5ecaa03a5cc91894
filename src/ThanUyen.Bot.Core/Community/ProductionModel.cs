namespace ThanUyen.Bot.Core.Community;

/// <summary>
/// A livelihood model a village group runs (watermelon, buffalo and cattle fattening …). Its products link
/// sales to it and its meeting topics link trainings to it; targets stay empty until someone sets them.
/// </summary>
public sealed class ProductionModel
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>Null when the model is not tied to one village (vegetables).</summary>
    public string? VillageId { get; set; }
    public bool Active { get; set; } = true;

    /// <summary>Values of the catalogue list "products" it sells ("cattle", "buffalo").</summary>
    public List<string> Products { get; set; } = [];

    /// <summary>Values of the catalogue list "meeting_topics" its trainings are about.</summary>
    public List<string> Topics { get; set; } = [];

    public int? TargetHouseholds { get; set; }

    /// <summary>Head of livestock (cattle, buffalo, chickens).</summary>
    public int? TargetHead { get; set; }

    /// <summary>Area in hectares (watermelon, vegetables).</summary>
    public decimal? TargetArea { get; set; }

    /// <summary>Revenue in đồng over the project.</summary>
    public decimal? TargetRevenue { get; set; }

    /// <summary>Local date at midnight.</summary>
    public DateTime? StartDate { get; set; }
}
