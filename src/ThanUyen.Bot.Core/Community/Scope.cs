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
}
