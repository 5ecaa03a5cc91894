namespace ThanUyen.Bot.Core.Reports;

/// <summary>One /broadcast: who sent what to whom, and whether the sender has been told the result.</summary>
public sealed class Broadcast
{
    public int Id { get; set; }
    public string From { get; set; } = "";
    public string Target { get; set; } = "";
    public string Text { get; set; } = "";
    public int Recipients { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReportedAt { get; set; }
}
