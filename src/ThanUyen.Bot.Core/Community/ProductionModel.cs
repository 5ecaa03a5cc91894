namespace ThanUyen.Bot.Core.Community;

/// <summary>A livelihood model a village group runs (watermelon, cattle fattening …).</summary>
public sealed class ProductionModel
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>Null when the model is not tied to one village (vegetables, beekeeping).</summary>
    public string? VillageId { get; set; }
    public bool Active { get; set; } = true;
}
