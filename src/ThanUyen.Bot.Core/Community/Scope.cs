namespace ThanUyen.Bot.Core.Community;

/// <summary>
/// Which places a person may read: admins all, officers their commune, members nothing beyond their own reports.
/// </summary>
public static class Scope
{
    public static bool CanSeeCommune(Member viewer, string? communeId) =>
        viewer.Role == Role.Admin
        || (viewer.Role == Role.Officer && communeId is not null && communeId == viewer.CommuneId);

    public static bool CanSee(Member viewer, Member other) =>
        viewer.Role == Role.Admin
        || (viewer.Role == Role.Officer && other.Role != Role.Admin && other.CommuneId == viewer.CommuneId);

    /// <summary>The communes a person reads, in catalogue order: all for admins, their own for officers.</summary>
    public static List<Commune> Communes(Member viewer, IEnumerable<Commune> all) =>
        all.Where(c => CanSeeCommune(viewer, c.Id)).ToList();

    /// <summary>A report is read by whoever reads its commune (the web view; chat shows own reports by /my).</summary>
    public static bool CanSeeReport(Member viewer, Reports.Report report) => CanSeeCommune(viewer, report.CommuneId);
}
