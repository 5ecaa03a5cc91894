namespace ThanUyen.Bot.Core.Reports;

/// <summary>Who did what, when: admin actions and report edits (old → new).</summary>
public sealed class AuditEntry
{
    public int Id { get; set; }
    public DateTime At { get; set; }
    public int ActorId { get; set; }
    public string ActorName { get; set; } = "";

    /// <summary>"report.edit", "member.role", "invite.create" …</summary>
    public string Action { get; set; } = "";

    /// <summary>What it acted on: a report code, a member id.</summary>
    public string Subject { get; set; } = "";
    public string Details { get; set; } = "";
}
