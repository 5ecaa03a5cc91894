namespace ThanUyen.Bot.Core.Reviews;

/// <summary>
/// Where a report stands with the commune's reviewers. Stored as a number: keep the values as they are
/// (the schema 3 migration writes <see cref="Approved"/> into reports saved before reviews existed).
/// </summary>
public enum ReviewStatus
{
    /// <summary>"mới": saved, nobody has looked at it yet.</summary>
    New = 0,

    /// <summary>"đã duyệt".</summary>
    Approved = 1,

    /// <summary>"cần sửa": sent back to its reporter with a comment.</summary>
    NeedsChanges = 2,

    /// <summary>"loại": rejected with a reason (duplicate, wrong place, not real …).</summary>
    Rejected = 3,

    /// <summary>"đã sửa, chờ duyệt": edited by its reporter after a decision, waiting again.</summary>
    Resubmitted = 4,
}
