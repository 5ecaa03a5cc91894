using System.Globalization;
using Humanizer;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>
/// /members [bản|xã]: name, role, village, last report, unreachable. Officers see their commune only.
/// </summary>
public sealed class MembersCommand : ICommand
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi");
    public string Name => "members";
    public IReadOnlyList<string> Aliases => ["thanhvien"];
    public Role? MinimumRole => Role.Officer;
    public string Description => T.MembersDescription;

    public void Execute(Turn turn, string args)
    {
        var viewer = turn.Member!;
        var catalogue = turn.Catalogue;
        IEnumerable<Member> members = turn.Members.Active().Where(m => Scope.CanSee(viewer, m));
        if (args.Length > 0)
        {
            if (catalogue.FindVillage(args) is { } village)
                members = members.Where(m => m.VillageId == village.Id);
            else if (catalogue.FindCommune(args) is { } commune)
                members = members.Where(m => m.CommuneId == commune.Id);
            else
            {
                turn.Reply(T.UnknownPlace(args));
                return;
            }
        }
        var list = members.OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            turn.Reply(T.NoMembersHere);
            return;
        }
        var lines = list.Select(m => Line(turn, catalogue, m)).ToList();
        ListPages.Reply(turn, Name, args, T.MembersHeader(list.Count), lines);
    }

    internal static string Line(Turn turn, CatalogueStore catalogue, Member m)
    {
        var last = turn.Reports.LastBy(m.Id);
        var when = last is null
            ? T.NeverReported
            : last.ReceivedAt.Humanize(utcDate: true, dateToCompareAgainst: turn.Now, culture: Vi);
        var place = Places.PlaceOf(catalogue, m);
        var flag = m.Unreachable ? " ⛔" : "";
        return $"#{m.Id} {m.Name} · {Places.RoleName(m.Role)}{(place.Length > 0 ? " · " + place : "")} · "
            + $"{T.LastReport}: {when}{flag}";
    }
}
