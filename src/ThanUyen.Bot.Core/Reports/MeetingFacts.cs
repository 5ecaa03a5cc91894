namespace ThanUyen.Bot.Core.Reports;

public sealed class MeetingFacts
{
    public string Kind { get; set; } = "";
    public string Topic { get; set; } = "";
    public string? OtherTopic { get; set; }
    public int Participants { get; set; }
    public int Women { get; set; }
    public int? Mong { get; set; }
    public int? Thai { get; set; }
    public string Outcome { get; set; } = "";
    public List<string> PhotoFileIds { get; set; } = [];
}
