namespace ThanUyen.Bot.Core.Reports;

/// <summary>A confirmed report. The flow's answers are kept as given; the typed facts are derived from them.</summary>
public sealed class Report
{
    public int Id { get; set; }

    /// <summary>Short code people can say: "BC-0412".</summary>
    public string Code { get; set; } = "";
    public ReportKind Kind { get; set; }

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
    public MeetingFacts? Meeting { get; set; }
    public ProgressFacts? Progress { get; set; }
    public SaleFacts? Sale { get; set; }
}
