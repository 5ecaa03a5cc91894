using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>Creates an invitation and tells the admin the code and the link to pass on.</summary>
public sealed class InvitationIssuer(Chat.ChannelDirectory channels)
{
    public void Issue(Turn turn, Role role, string? placeId)
    {
        var invitation = turn.Invitations.Create(role, placeId, turn.Member!.Id, turn.Now, turn.Options.InvitationDays);
        var place = Places.PlaceOf(turn.Catalogue, role, placeId);
        turn.Audit(
            "invite.create",
            invitation.Id,
            place.Length > 0 ? $"{Places.RoleName(role)} ({place})" : Places.RoleName(role)
        );
        var expires = Parsing.VietnameseDate.Format(DateOnly.FromDateTime(turn.Options.ToLocal(invitation.ExpiresAt)));
        turn.Reply(
            T.InvitationCreated(
                Places.RoleName(role),
                place,
                invitation.Id,
                channels.InvitationLink(invitation.Id),
                expires
            )
        );
    }
}
