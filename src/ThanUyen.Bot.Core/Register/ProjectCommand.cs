using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Register.Progress;

namespace ThanUyen.Bot.Core.Register;

/// <summary>
/// /project (/tongquan): progress since the project started, against its targets. Officers see their commune;
/// admins each commune and the whole project (or one commune: /project pha mu). A chart follows as a photo.
/// </summary>
public sealed class ProjectCommand(IOptions<RegisterOptions> options) : ICommand
{
    public string Name => "project";
    public IReadOnlyList<string> Aliases => ["tongquan", "duan"];
    public Role? MinimumRole => Role.Officer;
    public string Description => T.ProjectDescription;

    public void Execute(Turn turn, string args)
    {
        var member = turn.Member!;
        var catalogue = turn.Catalogue;
        List<Commune?> scopes;
        if (args.Length > 0)
        {
            var commune = catalogue.FindCommune(args);
            if (!Scope.CanSeeCommune(member, commune?.Id))
            {
                turn.Reply(
                    member.Role == Role.Admin
                        ? T.UnknownCommune(args, catalogue.Communes().Select(c => c.Name))
                        : T.NotAllowed
                );
                return;
            }
            scopes = [commune];
        }
        else if (member.Role == Role.Admin)
            scopes = [null, .. catalogue.Communes()];
        else if (catalogue.Commune(member.CommuneId) is { } own)
            scopes = [own];
        else
        {
            turn.Reply(T.ProjectNeedsCommune);
            return;
        }
        turn.Working(turn.Channel.PhotoUploads ? Chat.ChatAction.UploadPhoto : Chat.ChatAction.Typing);
        byte[]? chart = null;
        foreach (var commune in scopes)
        {
            var data = ProgressData.Load(turn.Stores, commune?.Id, options.Value.ProjectStart);
            var scope = commune is null ? T.WholeProject : $"xã {commune.Name}";
            turn.Reply(ProjectOverview.Text(turn.Stores, data, scope, turn.Today, out var rows));
            chart ??= ProjectChart.Render(T.ProjectChartTitle(scope), rows);
        }
        if (chart is not null)
            turn.Reply(T.ProjectChartCaption).PhotoBytes = chart;
    }
}
