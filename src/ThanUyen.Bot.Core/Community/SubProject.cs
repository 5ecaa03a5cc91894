namespace ThanUyen.Bot.Core.Community;

/// <summary>A concrete infrastructure work a village group builds (a road, a row of solar lights …).</summary>
public sealed class SubProject
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string VillageId { get; set; } = "";
    public string TypeId { get; set; } = "";
    public bool Active { get; set; } = true;

    /// <summary>Seeded for the console demo, not a real work.</summary>
    public bool Example { get; set; }
    public DateTime CreatedAt { get; set; }
}
