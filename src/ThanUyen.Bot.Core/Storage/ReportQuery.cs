namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// Which reports a list shows (the web view's filters). Empty fields do not filter. Scope is the caller's
/// business: it sets <see cref="CommuneId"/> for an officer before searching.
/// </summary>
public sealed record ReportQuery
{
    public string? CommuneId { get; init; }
    public string? VillageId { get; init; }

    /// <summary>The kind, by its flow id.</summary>
    public string? FlowId { get; init; }

    /// <summary>Received at or after (UTC).</summary>
    public DateTime? FromUtc { get; init; }

    /// <summary>Received before (UTC).</summary>
    public DateTime? ToUtc { get; init; }
    public int? ReporterId { get; init; }

    /// <summary>Words to find in the code, the reporter's name, the answers and the summary, loosely.</summary>
    public string? Text { get; init; }

    /// <summary>Where the reports stand with their reviewers.</summary>
    public Reviews.ReviewStatus? Status { get; init; }
}
