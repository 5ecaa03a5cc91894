namespace ThanUyen.Bot.Core.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>LiteDB file; ":memory:" for a throw-away database.</summary>
    public string DatabasePath { get; set; } = "data/thanuyen.db";

    /// <summary>Encrypts the file at rest when set. Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// Sync the write-ahead log to the disk after every group commit, before anything is acknowledged (a
    /// confirmed report survives a power cut). Turn off only for tests and benchmarks on throw-away data.
    /// </summary>
    public bool DurableCommits { get; set; } = true;
}
