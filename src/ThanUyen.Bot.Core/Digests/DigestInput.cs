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
    /// <summary>
    /// Progress reports of the week before, latest per sub-project: the "from" of from → to, and who is not stale.
    /// </summary>
    IReadOnlyDictionary<int, Report> ProgressBefore,
    IReadOnlyList<SubProject> SubProjects,
    IReadOnlyList<Village> Villages,
    /// <summary>Active core-group members of the commune's villages.</summary>
    IReadOnlyList<Member> Members
);
