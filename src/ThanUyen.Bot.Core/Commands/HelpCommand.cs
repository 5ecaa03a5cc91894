using System.Text;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>/help: what this person's role can do, in Vietnamese.</summary>
public sealed class HelpCommand(FlowRunner runner, IServiceProvider services) : ICommand
{
    public string Name => "help";
    public IReadOnlyList<string> Aliases => ["huongdan", "trogiup"];
    public Role? MinimumRole => null;
    public string Description => T.HelpDescription;

    public void Execute(Turn turn, string args)
    {
        if (turn.Member is not { } member)
        {
            turn.Reply(T.HelpUnregistered);
            return;
        }
        var registry = (CommandRegistry)services.GetService(typeof(CommandRegistry))!;
        var sb = new StringBuilder(T.HelpHeader(Places.RoleName(member.Role))).Append('\n');
        foreach (var flow in runner.All.Where(f => f.Commands.Count > 0 && f.IsAllowed(member)))
            sb.Append('\n').Append('/').Append(flow.Commands[0]).Append(" — ").Append(flow.Description);
        foreach (
            var command in registry
                .All.Where(c => (c.MinimumRole is null || member.Role >= c.MinimumRole) && c.ShownOn(turn.Channel))
                .OrderBy(c => c.MinimumRole)
        )
            sb.Append('\n').Append('/').Append(command.Name).Append(" — ").Append(command.DescriptionFor(member.Role));
        sb.Append("\n\n").Append(T.HelpFooter);
        turn.Reply(sb.ToString());
    }
}
