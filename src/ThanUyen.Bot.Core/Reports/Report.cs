namespace ThanUyen.Bot.Core.Reports;

/// <summary>
/// A confirmed report. The flow's answers are kept as given; the typed facts are derived from them by the
/// report's kind (<see cref="IReportKind"/>), named by the flow it was made with.
/// </summary>
public sealed class Report
{
    public int Id { get; set; }

    /// <summary>Short code people can say: "BC-0412".</summary>
    public string Code { get; set; } = "";

    /// <summary>The flow (and so the kind) that made it: "meeting", "progress", "sale" …</summary>
    public string FlowId { get; set; } = "";

    /// <summary>Identifies the conversation that produced it: saving the same conversation twice is a no-op.</summary>
    public string SubmissionKey { get; set; } = "";
    public int ReporterId { get; set; }
    public string ReporterName { get; set; } = "";
    public string Chat { get; set; } = "";
    public string VillageId { get; set; } = "";
    public string CommuneId { get; set; } = "";

    /// <summary>The day the event happened, as the person said (local date at midnight).</summary>
    public DateTime EventDate { get; set; }
    public DateTime ReceivedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public Dictionary<string, string> Answers { get; set; } = [];
    public List<string> ChannelMessageIds { get; set; } = [];

    /// <summary>The kind's typed facts; LiteDB stores their concrete type beside them.</summary>
    public ReportFacts? Facts { get; set; }

    /// <summary>Its review status and history; reports saved before reviews existed read as approved.</summary>
    public Reviews.ReportReview Review { get; set; } = new();

    /// <summary>The facts as the kind's own type, or null for another kind.</summary>
    public TFacts? FactsAs<TFacts>()
        where TFacts : ReportFacts => Facts as TFacts;
}
