using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Commands;

public sealed class MenuCommand(FlowRunner runner) : ICommand
{
    public string Name => "menu";
    public Role? MinimumRole => Role.Member;
    public string Description => T.MenuDescription;

    public void Execute(Turn turn, string args)
    {
        var open = turn.Conversations.Find(turn.Chat.ToString());
        var note =
            open is not null && runner.Find(open.FlowId) is { } flow ? $"\n\n{T.DraftStillOpen(flow.Title)}" : "";
        turn.Reply(T.MenuTitle + note, Menu.Buttons(turn.Member!, runner.All, turn.Channel.Audio));
    }
}
