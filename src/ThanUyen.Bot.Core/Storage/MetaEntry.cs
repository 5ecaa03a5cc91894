namespace ThanUyen.Bot.Core.Storage;

/// <summary>Small key/value facts about the database itself (schema version, seed done …).</summary>
public sealed class MetaEntry
{
    public string Id { get; set; } = "";
    public string Value { get; set; } = "";
}
