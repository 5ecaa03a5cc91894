namespace ThanUyen.Bot.Core.Community;

public sealed class Commune
{
    /// <summary>A stable slug such as "muong-kim".</summary>
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
}
