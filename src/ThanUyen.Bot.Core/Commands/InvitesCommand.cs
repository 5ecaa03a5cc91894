using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>/invites: the open invitation codes.</summary>
public sealed class InvitesCommand : ICommand
{
    public string Name => "invites";
    public Role? MinimumRole => Role.Admin;
    public string Description => T.InvitesDescription;

    public void Execute(Turn turn, string args)
    {
        var open = turn.Invitations.Open(turn.Now);
        if (open.Count == 0)
        {
            turn.Reply(T.NoOpenInvites);
            return;
        }
        var catalogue = turn.Catalogue;
        var lines = open.Select(i =>
            $"{i.Id} · {Places.RoleName(i.Role)} {Places.PlaceOf(catalogue, i.Role, i.PlaceId)} · {T.Until} "
            + $"{VietnameseDate.Format(DateOnly.FromDateTime(turn.Options.ToLocal(i.ExpiresAt)))}"
        );
        turn.Reply($"{T.OpenInvites}\n{string.Join('\n', lines)}\n\n{T.RevokeHint}");
    }
}
