using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>/subprojects [bản]: works with their latest progress and status.</summary>
public sealed class SubProjectsCommand(ProgressKind progress) : ICommand
{
    public string Name => "subprojects";
    public IReadOnlyList<string> Aliases => ["congtrinh"];
    public Role? MinimumRole => Role.Officer;
    public string Description => T.SubProjectsDescription;

    public void Execute(Turn turn, string args)
    {
        var catalogue = turn.Catalogue;
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
        var lines = new List<string>();
        foreach (var v in villages)
        foreach (var s in catalogue.SubProjectsIn(v.Id))
        {
            var status = progress.LatestOf(s.Id) is { } last ? progress.State(last) : T.NoProgressYet;
            lines.Add(
                $"#{s.Id} {catalogue.InfrastructureType(s.TypeId)?.Icon} {s.Name} ({v.Name}) · "
                    + $"{status}{(s.Active ? "" : " · " + T.Closed)}"
            );
        }
        if (lines.Count == 0)
            turn.Reply(T.NoSubProjectsListed);
        else
            ListPages.Reply(turn, Name, args, T.SubProjectsHeader, lines);
    }
}
