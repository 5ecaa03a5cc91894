using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>/role &lt;member&gt; &lt;member|officer|admin&gt; [place].</summary>
public sealed class RoleCommand(MenuCommands menus) : ICommand
{
    public string Name => "role";
    public Role? MinimumRole => Role.Admin;
    public string Description => T.RoleDescription;

    /// <summary>"cán bộ xã (xã Pha Mu)": the role and place as people read them, for the audit log.</summary>
    private static string Described(Storage.CatalogueStore catalogue, Member m) =>
        Places.PlaceOf(catalogue, m) is { Length: > 0 } place
            ? $"{Places.RoleName(m.Role)} ({place})"
            : Places.RoleName(m.Role);

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
        var before = Described(catalogue, member);
        (member.Role, member.VillageId, member.CommuneId) = (role, village, commune);
        members.Save(member);
        var after = Described(catalogue, member);
        if (before != after)
        {
            OpenConversations.End(turn, member);
            menus.Refresh(turn, member);
        }
        turn.Audit("member.role", $"#{member.Id}", $"{member.Name}: {before} → {after}");
        turn.Reply(T.RoleChanged(member.Name, Places.RoleName(role), Places.PlaceOf(catalogue, member)));
    }
}
