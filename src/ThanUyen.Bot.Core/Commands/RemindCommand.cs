using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>/remind off · /remind on: the Friday nudge to members who reported nothing that week.</summary>
public sealed class RemindCommand : ICommand
{
    public string Name => "remind";
    public IReadOnlyList<string> Aliases => ["nhac"];
    public Role? MinimumRole => Role.Member;
    public string Description => T.RemindDescription;

    public void Execute(Turn turn, string args)
    {
        var member = turn.Member!;
        var off = Parsing.TextKey.Of(args) switch
        {
            "off" or "tat" or "khong" => true,
            "on" or "bat" or "co" => false,
            _ => (bool?)null,
        };
        if (off is null)
        {
            turn.Reply(member.RemindersOff ? T.RemindOff : T.RemindOn);
            return;
        }
        member.RemindersOff = off.Value;
        turn.Members.Save(member);
        turn.Reply(off.Value ? T.RemindOff : T.RemindOn);
    }
}
