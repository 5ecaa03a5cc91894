namespace ThanUyen.Bot.Core.Community;

public sealed class Village
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string CommuneId { get; set; } = "";

    /// <summary>Main ethnic groups of the village ("Mông", "Thái").</summary>
    public List<string> Groups { get; set; } = [];
}
