using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>/role &lt;member&gt; &lt;member|officer|admin&gt; [place].</summary>
public sealed class RoleCommand : ICommand
{
    public string Name => "role";
    public Role? MinimumRole => Role.Admin;
    public string Description => T.RoleDescription;

    public void Execute(Turn turn, string args)
    {
        var words = args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var split = Enumerable
            .Range(1, Math.Max(0, words.Length - 1))
            .FirstOrDefault(i => Places.ParseRole(words[i]) is not null);
        if (split == 0)
        {
            turn.Reply(T.RoleUsage);
            return;
        }
        var members = turn.Members;
        var member = members.FindByNameOrId(string.Join(' ', words[..split]));
        if (member is null)
        {
            turn.Reply(T.MemberNotFound);
            return;
        }
        var role = Places.ParseRole(words[split])!.Value;
        var placeText = string.Join(' ', words[(split + 1)..]);
        var catalogue = turn.Catalogue;
        string? village = null,
            commune = null;
        if (role == Role.Member)
        {
            var v = placeText.Length > 0 ? catalogue.FindVillage(placeText) : catalogue.Village(member.VillageId);
            if (v is null)
            {
                turn.Reply(T.UnknownVillage(placeText, catalogue.Villages().Select(x => x.Name)));
                return;
            }
            (village, commune) = (v.Id, v.CommuneId);
        }
        else if (role == Role.Officer)
        {
            var c = placeText.Length > 0 ? catalogue.FindCommune(placeText) : catalogue.Commune(member.CommuneId);
            if (c is null)
            {
                turn.Reply(T.UnknownCommune(placeText, catalogue.Communes().Select(x => x.Name)));
                return;
            }
            commune = c.Id;
        }
        var before = $"{member.Role} {member.VillageId ?? member.CommuneId}";
        (member.Role, member.VillageId, member.CommuneId) = (role, village, commune);
        members.Save(member);
        var after = $"{member.Role} {member.VillageId ?? member.CommuneId}";
        if (before != after)
            OpenConversations.End(turn, member);
        turn.Audit("member.role", $"#{member.Id}", $"{member.Name}: {before.Trim()} → {after.Trim()}");
        turn.Reply(T.RoleChanged(member.Name, Places.RoleName(role), Places.PlaceOf(catalogue, member)));
    }
}
