using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>
/// /member &lt;name or #id&gt;: details, recent reports, their review statuses and the commune's review backlog.
/// </summary>
public sealed class MemberCommand(ReportKinds kinds, Reviews.ReviewFigures reviews) : ICommand
{
    public string Name => "member";
    public Role? MinimumRole => Role.Officer;
    public string Description => T.MemberDescription;

    public void Execute(Turn turn, string args)
    {
        var found = turn.Members.FindByNameOrId(args);
        // Someone outside the viewer's commune reads as "not found": refusals reveal nothing.
        if (found is null || !Scope.CanSee(turn.Member!, found))
        {
            turn.Reply(T.MemberNotFound);
            return;
        }
        var catalogue = turn.Catalogue;
        var reports = turn.Reports.LatestBy(found.Id, 5).Select(r => $"  {r.Code} · {kinds.OneLine(r)}");
        var addresses = string.Join(", ", found.Addresses);
        turn.Reply(
            $"{MembersCommand.Line(turn, catalogue, found)}\n{T.Addresses}: "
                + $"{addresses}{(found.Active ? "" : "\n" + T.Deactivated)}\n{T.RecentReports}:\n"
                + string.Join('\n', reports.DefaultIfEmpty("  —"))
                + string.Concat(reviews.MemberLines(turn, found).Select(l => "\n" + l))
        );
    }
}
