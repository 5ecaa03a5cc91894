namespace ThanUyen.Bot.Core.Reviews;

/// <summary>Why a decision was not taken (or <see cref="None"/>: it was).</summary>
public enum ReviewRefusal
{
    None,

    /// <summary>Gone, or outside the person's communes (which reads the same: refusals reveal nothing).</summary>
    NotFound,

    /// <summary>Their own report: someone else reviews it.</summary>
    OwnReport,

    /// <summary>Edited since they saw it: they should look again first.</summary>
    EditedSince,

    /// <summary>Decided already (by someone else, or the same decision), and not theirs to change.</summary>
    Decided,

    /// <summary>A decision that does not exist, or a comment or reason missing or too long.</summary>
    Invalid,
}
