using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>The main-menu buttons a person's role gets.</summary>
public static class Menu
{
    public static List<Choice> Buttons(Member member, IEnumerable<IFlow> flows)
    {
        var buttons = flows
            .Where(f => f.Commands.Count > 0 && f.IsAllowed(member))
            .Select(f => new Choice(f.Title, ButtonData.Menu(f.Commands[0])))
            .ToList();
        if (member.Role is Role.Member or Role.Admin)
            buttons.Add(new Choice(T.MenuMyReports, ButtonData.Menu("my")));
        if (member.Role is Role.Officer or Role.Admin)
        {
            buttons.Add(new Choice(T.MenuDigest, ButtonData.Menu("digest")));
            buttons.Add(new Choice(T.MenuReview, ButtonData.Menu("review")));
        }
        if (member.Role is Role.Admin)
        {
            buttons.Add(new Choice(T.MenuInvite, ButtonData.Menu("invite")));
            buttons.Add(new Choice(T.MenuMembers, ButtonData.Menu("members")));
        }
        buttons.Add(new Choice(T.MenuHelp, ButtonData.Menu("help")));
        return buttons;
    }
}
