using System.Text;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;

namespace ThanUyen.Bot.Core.Register;

/// <summary>
/// /subproject &lt;#&gt;: one work's card — plan (target, budget, dates, status), latest %, every progress report
/// (date, %, contributions, problems), photos, and days since the last report.
/// </summary>
public static class WorkCard
{
    public static string Text(Turn turn, SubProject work)
    {
        var catalogue = turn.Catalogue;
        var reports = turn
            .Stores.Reports.ReceivedBetween(
                DateTime.MinValue,
                DateTime.MaxValue,
                catalogue.Village(work.VillageId)?.CommuneId
            )
            .Select(r => (Report: r, Facts: r.FactsAs<ProgressFacts>()))
            .Where(x => x.Facts?.SubProjectId == work.Id)
            .OrderBy(x => x.Report.Id)
            .ToList();
        var sb = new StringBuilder();
        sb.Append(
            T.WorkCardHeader(work, catalogue.InfrastructureType(work.TypeId), catalogue.Village(work.VillageId)?.Name)
        );
        sb.Append('\n').Append(T.WorkCardPlan(work));
        if (reports.Count == 0)
        {
            sb.Append('\n').Append(T.NoProgressYet);
            return sb.ToString();
        }
        var last = reports[^1];
        var days = turn.Today.DayNumber - DateOnly.FromDateTime(turn.Options.ToLocal(last.Report.ReceivedAt)).DayNumber;
        sb.Append('\n')
            .Append(
                T.WorkCardLatest(
                    last.Facts!.Percent,
                    catalogue.Label(Community.CatalogueLists.ProgressStatuses, last.Facts.Status),
                    days,
                    reports.Sum(r => r.Facts!.PhotoFileIds.Count)
                )
            );
        sb.Append('\n').Append(T.WorkCardHistory);
        foreach (var (report, facts) in reports)
            sb.Append('\n')
                .Append(
                    T.WorkCardLine(
                        report.Code,
                        DateOnly.FromDateTime(report.EventDate),
                        facts!.Percent,
                        facts.Workdays,
                        facts.Cash is { } cash ? Money.Format(cash) : null,
                        facts.Problems is { } p ? VoiceAnswer.Read(p)?.Shown ?? T.Clip(p) : null
                    )
                );
        var workdays = reports.Sum(r => r.Facts!.Workdays ?? 0);
        var total = reports.Sum(r => r.Facts!.Cash ?? 0);
        sb.Append('\n').Append(T.WorkCardTotals(workdays, Money.Format(total)));
        return sb.ToString();
    }
}
