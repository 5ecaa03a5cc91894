using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>/start CODE registers the person with the invitation's role and place (the deep link sends this).</summary>
public sealed class StartCommand(FlowRunner runner, MenuCommands menus) : ICommand
{
    public string Name => "start";
    public IReadOnlyList<string> Aliases => ["batdau"];
    public Role? MinimumRole => null;
    public string Description => T.StartDescription;

    public void Execute(Turn turn, string args)
    {
        var code = args.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (code is null)
        {
            if (turn.Member is { } known)
                Greet(turn, known, again: true);
            else
                turn.Reply(T.StartNoCode);
            return;
        }
        var invitations = turn.Invitations;
        var (state, invitation) = invitations.Check(code, turn.Now);
        switch (state)
        {
            case InvitationState.Unknown or InvitationState.Revoked:
                turn.Reply(T.CodeUnknown);
                return;
            case InvitationState.Expired:
                turn.Reply(T.CodeExpired);
                return;
            case InvitationState.Used when turn.Member is { } m && invitation!.UsedBy == m.Id:
                Greet(turn, m, again: true);
                return;
            case InvitationState.Used:
                turn.Reply(T.CodeUsed);
                return;
        }
        if (turn.Member is { Role: Role.Admin })
        {
            // An admin (Bot:Admins, or made one) testing a link stays an admin, and the code stays unused.
            turn.Reply(T.AlreadyAdmin);
            return;
        }
        var members = turn.Members;
        var member = turn.Member ?? members.FindByAddress(turn.Chat) ?? new Member { JoinedAt = turn.Now };
        member.Name = CleanName(turn.Message.SenderName) ?? (member.Name.Length > 0 ? member.Name : T.DefaultName);
        member.Role = invitation!.Role;
        member.Active = true;
        member.Unreachable = false;
        member.InvitationCode = invitation.Id;
        var catalogue = turn.Catalogue;
        (member.VillageId, member.CommuneId) = invitation.Role switch
        {
            Role.Member => (invitation.PlaceId, catalogue.Village(invitation.PlaceId)?.CommuneId),
            Role.Officer => (null, invitation.PlaceId),
            _ => ((string?)null, (string?)null),
        };
        if (!member.Addresses.Contains(turn.Chat.ToString()))
            member.Addresses.Add(turn.Chat.ToString());
        members.Save(member);
        invitations.MarkUsed(invitation, member.Id, turn.Now);
        turn.Member = member;
        var place = Places.PlaceOf(turn.Catalogue, member);
        turn.Audit(
            "invite.redeem",
            invitation.Id,
            $"{member.Name}: {Places.RoleName(member.Role)}{(place.Length > 0 ? $" ({place})" : "")}"
        );
        Greet(turn, member, again: false);
        if (
            members.Find(invitation.CreatedBy) is { } inviter
            && inviter.Id != member.Id
            && inviter.MainAddress.Length > 0
        )
            turn.Send(
                ChatAddress.Parse(inviter.MainAddress),
                T.InviteeJoined(member.Name, invitation.Id),
                OutboxPriority.Reply
            );
    }

    private void Greet(Turn turn, Member member, bool again)
    {
        var place = Places.PlaceOf(turn.Catalogue, member);
        turn.Reply(
            T.Welcome(member.Name, Places.RoleName(member.Role), place, again),
            Menu.Buttons(member, runner.All)
        );
        // The platform's "/" list shows what this role may use.
        menus.Refresh(turn, member);
    }

    /// <summary>Display names come from the platform: keep them short and printable.</summary>
    private static string? CleanName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var clean = new string(
            name.Where(c => !char.IsControl(c) && c is not ('\u200B' or '\u200E' or '\u200F' or '\u202E')).ToArray()
        ).Trim();
        return clean.Length == 0 ? null
            : clean.Length > 64 ? clean[..64]
            : clean;
    }
}
