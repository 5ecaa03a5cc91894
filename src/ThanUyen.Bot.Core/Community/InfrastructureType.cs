namespace ThanUyen.Bot.Core.Community;

public sealed class InfrastructureType
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Icon { get; set; } = "";
}
