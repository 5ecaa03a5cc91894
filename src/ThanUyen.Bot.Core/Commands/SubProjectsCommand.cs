using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Flows;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>/subprojects [bản]: works with their latest progress and status.</summary>
public sealed class SubProjectsCommand : ICommand
{
    public string Name => "subprojects";
    public IReadOnlyList<string> Aliases => ["congtrinh"];
    public Role? MinimumRole => Role.Officer;
    public string Description => T.SubProjectsDescription;

    public void Execute(Turn turn, string args)
    {
        var catalogue = new CatalogueStore(turn.Db);
        var villages = catalogue.Villages().Where(v => Scope.CanSeeCommune(turn.Member!, v.CommuneId)).ToList();
        if (args.Length > 0)
        {
            var village = catalogue.FindVillage(args);
            if (village is null || villages.All(v => v.Id != village.Id))
            {
                turn.Reply(T.UnknownPlace(args));
                return;
            }
            villages = [village];
        }
        var reports = new ReportStore(turn.Db);
        var lines = new List<string>();
        foreach (var v in villages)
        foreach (var s in turn.Db.SubProjects.Find(s => s.VillageId == v.Id).OrderBy(s => s.Id))
        {
            var last = reports.LatestProgress(s.Id)?.Progress;
            var status = last is null
                ? T.NoProgressYet
                : $"{last.Percent}% "
                    + InfrastructureProgressFlow.Statuses.FirstOrDefault(x => x.Value == last.Status)?.Label;
            lines.Add(
                $"#{s.Id} {catalogue.InfrastructureType(s.TypeId)?.Icon} {s.Name} ({v.Name}) · "
                    + $"{status}{(s.Active ? "" : " · " + T.Closed)}"
            );
        }
        turn.Reply(lines.Count == 0 ? T.NoSubProjectsListed : $"{T.SubProjectsHeader}\n{string.Join('\n', lines)}");
    }
}
