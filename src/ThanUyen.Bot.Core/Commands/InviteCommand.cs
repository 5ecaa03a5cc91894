using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Flows;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>/invite member tham phe · /invite officer pha mu · /invite admin · /invite (asks with buttons).</summary>
public sealed class InviteCommand(InvitationIssuer issuer) : ICommand
{
    public string Name => "invite";
    public IReadOnlyList<string> Aliases => ["moi"];
    public Role? MinimumRole => Role.Admin;
    public string Description => T.InviteDescription;

    public void Execute(Turn turn, string args)
    {
        var words = args.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            turn.StartFlow(InviteFlow.FlowId);
            return;
        }
        // The role may take several words ("can bo xa pha mu"): take the longest that reads as one.
        var (role, placeText) = Enumerable
            .Range(1, Math.Min(4, words.Length))
            .Reverse()
            .Select(k => (Places.ParseRole(string.Join(' ', words[..k])), string.Join(' ', words[k..])))
            .FirstOrDefault(x => x.Item1 is not null);
        if (role is null)
        {
            turn.Reply(T.InviteUsage);
            return;
        }
        var catalogue = turn.Catalogue;
        switch (role.Value)
        {
            case Role.Admin:
                issuer.Issue(turn, Role.Admin, null);
                break;
            case Role.Member when placeText.Length == 0:
            case Role.Officer when placeText.Length == 0:
                turn.StartFlow(InviteFlow.FlowId, new() { [InviteFlow.RoleKey] = role.Value.ToString() });
                break;
            case Role.Member:
                if (catalogue.FindVillage(placeText) is { } village)
                    issuer.Issue(turn, Role.Member, village.Id);
                else
                    turn.Reply(T.UnknownVillage(placeText, catalogue.Villages().Select(v => v.Name)));
                break;
            case Role.Officer:
                if (catalogue.FindCommune(placeText) is { } commune)
                    issuer.Issue(turn, Role.Officer, commune.Id);
                else
                    turn.Reply(T.UnknownCommune(placeText, catalogue.Communes().Select(c => c.Name)));
                break;
        }
    }
}
