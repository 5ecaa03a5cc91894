using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>/remove &lt;member&gt;: deactivates the person; their reports stay.</summary>
public sealed class RemoveCommand(MenuCommands menus) : ICommand
{
    public string Name => "remove";
    public Role? MinimumRole => Role.Admin;
    public string Description => T.RemoveDescription;

    public void Execute(Turn turn, string args)
    {
        var members = turn.Members;
        var member = members.FindByNameOrId(args);
        if (member is null)
        {
            turn.Reply(T.MemberNotFound);
            return;
        }
        if (member.Id == turn.Member!.Id)
        {
            turn.Reply(T.CannotRemoveSelf);
            return;
        }
        member.Active = false;
        members.Save(member);
        OpenConversations.End(turn, member);
        menus.Refresh(turn, member);
        turn.Audit("member.remove", $"#{member.Id}", member.Name);
        turn.Reply(T.MemberRemoved(member.Name));
    }
}
