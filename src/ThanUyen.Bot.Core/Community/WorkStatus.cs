namespace ThanUyen.Bot.Core.Community;

/// <summary>
/// Where a sub-project stands. Stored as a number: works saved before the register existed read 0, under way.
/// </summary>
public enum WorkStatus
{
    UnderWay = 0,
    Planned = 1,

    /// <summary>Set by a 100 % progress report or by an admin.</summary>
    Finished = 2,
    Stopped = 3,
}
