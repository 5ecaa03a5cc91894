namespace ThanUyen.Bot.Core.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>LiteDB file; ":memory:" for a throw-away database.</summary>
    public string DatabasePath { get; set; } = "data/thanuyen.db";

    /// <summary>Encrypts the file at rest when set. Never logged.</summary>
    public string? Password { get; set; }
}
