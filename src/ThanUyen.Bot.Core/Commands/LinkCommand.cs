using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>
/// /link &lt;member&gt; &lt;zalo:…|telegram:…&gt; [chinh]: one person on two channels. If that address already
/// belongs to another (newly registered) member, that record is merged in: its reports move over.
/// "chinh" (main) makes digests and reminders go to that address.
/// </summary>
public sealed class LinkCommand : ICommand
{
    public string Name => "link";
    public Role? MinimumRole => Role.Admin;
    public string Description => T.LinkDescription;

    public void Execute(Turn turn, string args)
    {
        var words = args.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var preferred = words.RemoveAll(w => TextKey.Of(w) is "chinh" or "preferred" or "main") > 0;
        var at = words.FindIndex(w =>
            ChatAddress.TryParse(w, out var a)
            && turn.Channels.IsKnown(a.Channel)
            && a.Channel != ChatAddress.ConsoleLocal.Channel
        );
        if (at < 1)
        {
            turn.Reply(T.LinkUsage);
            return;
        }
        var address = ChatAddress.Parse(words[at]).ToString();
        var members = turn.Members;
        var member = members.FindByNameOrId(string.Join(' ', words.Take(at)));
        if (member is null)
        {
            turn.Reply(T.MemberNotFound);
            return;
        }
        if (members.FindByAddress(ChatAddress.Parse(address)) is { } other && other.Id != member.Id)
        {
            foreach (var report in turn.Reports.By(other.Id))
            {
                report.ReporterId = member.Id;
                turn.Reports.Save(report);
            }
            other.Addresses.Remove(address);
            other.Active = other.Addresses.Count > 0 && other.Active;
            members.Save(other);
        }
        if (!member.Addresses.Contains(address))
            member.Addresses.Add(address);
        if (preferred)
            member.PreferredAddress = address;
        members.Save(member);
        turn.Audit("member.link", $"#{member.Id}", $"{member.Name} + {address}{(preferred ? " (chính)" : "")}");
        turn.Reply(T.Linked(member.Name, address, preferred));
    }
}
