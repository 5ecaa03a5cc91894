using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>
/// The main-menu buttons a person's role gets. Numbered on every channel, so "2" or a label typed back
/// ("Bán hàng") picks the same entry as the button.
/// </summary>
public static class Menu
{
    /// <param name="spoken">
    /// The platform sends audio: people who report get the spoken-questions switch, last (numbers stay as they were).
    /// </param>
    public static List<Choice> Buttons(Member member, IEnumerable<IFlow> flows, bool spoken = false)
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
        if (spoken && member.Role is Role.Member or Role.Admin)
            buttons.Add(
                new Choice(T.MenuSpoken(member.SpokenQuestions), ButtonData.Menu(Spoken.SpokenCommand.CommandName))
            );
        return buttons;
    }

    /// <summary>The command of the menu entry <paramref name="text"/> names: its number or its label.</summary>
    public static string? Command(Member member, IEnumerable<IFlow> flows, string text, bool spoken = false)
    {
        var buttons = Buttons(member, flows, spoken);
        var trimmed = text.Trim().TrimEnd('.');
        var key = TextKey.Of(trimmed);
        var picked =
            int.TryParse(trimmed, out var n) && n >= 1 && n <= buttons.Count ? buttons[n - 1]
            : key.Length > 0 ? buttons.FirstOrDefault(b => TextKey.Of(b.Label) == key)
            : null;
        return picked is not null && ButtonData.TryReadMenu(picked.Data, out var command) ? command : null;
    }
}
