namespace ThanUyen.Bot.Core.Register;

/// <summary>The "Register" settings section: the register spreadsheet and the project's start.</summary>
public sealed class RegisterOptions
{
    public const string Section = "Register";

    /// <summary>A register file larger than this is refused unread (the host does not even download it).</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// The day the project started (its own account: November 2021). "Since the start" in /project counts from
    /// here; the period report's running totals too.
    /// </summary>
    public DateOnly ProjectStart { get; set; } = new(2021, 11, 1);
}
