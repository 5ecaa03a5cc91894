using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Digests;

/// <summary>Everything a commune's weekly digest is computed from; the builder reads nothing else.</summary>
public sealed record DigestInput(
    Commune Commune,
    WeekRange Week,
    TimeZoneInfo Zone,
    IReadOnlyList<Report> ThisWeek,
    IReadOnlyList<Report> PreviousWeek,
    IReadOnlyList<SubProject> SubProjects,
    IReadOnlyList<Village> Villages,
    /// <summary>Active core-group members of the commune's villages.</summary>
    IReadOnlyList<Member> Members
)
{
    /// <summary>Longest text of one message on the channel it goes to.</summary>
    public int MaxLength { get; init; } = 4096;

    /// <summary>How many of the week's reports are approved, waiting, sent back (a line of its own), or null.</summary>
    public string? ReviewLine { get; init; }

    /// <summary>
    /// Who reported this week, counted or not (a report waiting for review still means its reporter reported);
    /// null: the reporters of <see cref="ThisWeek"/>.
    /// </summary>
    public IReadOnlySet<int>? ReportedBy { get; init; }

    public string VillageName(string? id) => Villages.FirstOrDefault(v => v.Id == id)?.Name ?? id ?? "";

    public DateOnly LocalDay(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone));
}
