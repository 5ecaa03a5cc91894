using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>/revoke &lt;code&gt;: an open invitation stops working.</summary>
public sealed class RevokeCommand : ICommand
{
    public string Name => "revoke";
    public Role? MinimumRole => Role.Admin;
    public string Description => T.RevokeDescription;

    public void Execute(Turn turn, string args)
    {
        var invitation = turn.Invitations.Find(args);
        if (invitation is null || invitation.Revoked || invitation.UsedAt is not null)
        {
            turn.Reply(T.CodeNotOpen);
            return;
        }
        turn.Invitations.Revoke(invitation);
        turn.Audit(
            "invite.revoke",
            invitation.Id,
            Places.RoleName(invitation.Role)
                + (
                    Places.PlaceOf(turn.Catalogue, invitation.Role, invitation.PlaceId) is { Length: > 0 } p
                        ? $" ({p})"
                        : ""
                )
        );
        turn.Reply(T.CodeRevoked(invitation.Id));
    }
}
