using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>
/// The commands a person may use, as their platform's own command list ("/" on Telegram): a member sees a
/// member's, an officer an officer's, an admin all. Set at registration and again when the role changes; Core
/// only queues an <see cref="OutgoingKind.Commands"/> entry, the channel turns it into its platform's call.
/// </summary>
public sealed class MenuCommands(FlowRunner runner, IServiceProvider services)
{
    // The registry lists every command, this among them: resolved when first needed, not at construction.
    private CommandRegistry Registry => (CommandRegistry)services.GetService(typeof(CommandRegistry))!;

    /// <summary>Each command <paramref name="member"/> may use, with its description (null: not registered).</summary>
    public List<Choice> For(Member? member)
    {
        if (member is null || !member.Active)
            return
            [
                .. Registry
                    .All.Where(c => c.MinimumRole is null)
                    .Select(c => new Choice(c.DescriptionFor(null), c.Name)),
            ];
        var list = runner
            .All.Where(f => f.Commands.Count > 0 && f.IsAllowed(member))
            .Select(f => new Choice(f.Description, f.Commands[0]))
            .ToList();
        list.AddRange(
            Registry
                .All.Where(c => c.MinimumRole is null || member.Role >= c.MinimumRole)
                .OrderBy(c => c.MinimumRole)
                .Select(c => new Choice(c.DescriptionFor(member.Role), c.Name))
        );
        if (list.Count > 0 && runner.All.Any(f => f.Commands.Count > 0 && f.IsAllowed(member)))
        {
            list.Add(new Choice(T.BackDescription, "back"));
            list.Add(new Choice(T.CancelDescription, "cancel"));
        }
        return list;
    }

    /// <summary>Queues the new list for every chat of <paramref name="member"/> whose platform has one.</summary>
    public void Refresh(Turn turn, Member member)
    {
        var list = For(member);
        foreach (var address in member.Addresses)
        {
            if (!ChatAddress.TryParse(address, out var chat) || !turn.Channels.For(chat).CommandLists)
                continue;
            turn.Send(chat, "", OutboxPriority.Reply, list, numbered: false).Kind = OutgoingKind.Commands;
        }
    }
}
