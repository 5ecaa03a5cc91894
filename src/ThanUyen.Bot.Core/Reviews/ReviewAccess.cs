using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Reviews;

/// <summary>
/// Who reviews what: the officers of the report's commune, and admins anything; never the reporter. Asked at
/// every press and answer, not when the card was sent: someone moved or removed loses the queue at once.
/// </summary>
public static class ReviewAccess
{
    public static bool IsReviewer(Member member) => member is { Active: true, Role: Role.Officer or Role.Admin };

    /// <summary>The report is in the person's reach (their commune, or everything for an admin).</summary>
    public static bool CanSee(Member member, Report report) =>
        IsReviewer(member) && Scope.CanSeeCommune(member, report.CommuneId);

    public static bool CanReview(Member member, Report report) =>
        CanSee(member, report) && report.ReporterId != member.Id;

    /// <summary>What the person may decide now, oldest in the queue first.</summary>
    public static List<Report> Queue(Stores stores, Member member)
    {
        if (!IsReviewer(member) || (member.Role == Role.Officer && member.CommuneId is null))
            return [];
        var communeId = member.Role == Role.Admin ? null : member.CommuneId;
        return stores.Reviews.Waiting(communeId).Where(r => r.ReporterId != member.Id).ToList();
    }

    /// <summary>The officers a new report of this commune is announced to (its reporter left out).</summary>
    public static List<Member> OfficersFor(Stores stores, Report report) =>
        report.CommuneId.Length == 0
            ? []
            : stores.Members.OfficersOf(report.CommuneId).Where(o => o.Id != report.ReporterId).ToList();
}
