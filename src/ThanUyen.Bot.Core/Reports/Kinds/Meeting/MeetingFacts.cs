namespace ThanUyen.Bot.Core.Reports.Kinds.Meeting;

public sealed class MeetingFacts : ReportFacts
{
    /// <summary>Catalogue list "meeting_kinds": meeting, workshop, training, other.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Catalogue list "meeting_topics".</summary>
    public string Topic { get; set; } = "";
    public string? OtherTopic { get; set; }
    public int Participants { get; set; }
    public int Women { get; set; }
    public int? Mong { get; set; }
    public int? Thai { get; set; }
    public string Outcome { get; set; } = "";
}
