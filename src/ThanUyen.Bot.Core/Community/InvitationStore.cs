using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Community;

public enum InvitationState
{
    Valid,
    Unknown,
    Used,
    Expired,
    Revoked,
}

public sealed class InvitationStore(BotDatabase db)
{
    public Invitation Create(Role role, string? placeId, int createdBy, DateTime nowUtc, int validDays)
    {
        string code;
        do code = InvitationCodes.New();
        while (db.Invitations.FindById(code) is not null);
        var invitation = new Invitation
        {
            Id = code,
            Role = role,
            PlaceId = placeId,
            CreatedBy = createdBy,
            CreatedAt = nowUtc,
            ExpiresAt = nowUtc.AddDays(validDays),
        };
        db.Invitations.Insert(invitation);
        return invitation;
    }

    public (InvitationState State, Invitation? Invitation) Check(string text, DateTime nowUtc)
    {
        var invitation = db.Invitations.FindById(InvitationCodes.Normalize(text));
        if (invitation is null)
            return (InvitationState.Unknown, null);
        if (invitation.Revoked)
            return (InvitationState.Revoked, invitation);
        if (invitation.UsedAt is not null)
            return (InvitationState.Used, invitation);
        if (invitation.ExpiresAt <= nowUtc)
            return (InvitationState.Expired, invitation);
        return (InvitationState.Valid, invitation);
    }

    public void MarkUsed(Invitation invitation, int memberId, DateTime nowUtc)
    {
        invitation.UsedAt = nowUtc;
        invitation.UsedBy = memberId;
        db.Invitations.Update(invitation);
    }

    public List<Invitation> Open(DateTime nowUtc) =>
        db
            .Invitations.Find(i => i.UsedAt == null && !i.Revoked && i.ExpiresAt > nowUtc)
            .OrderBy(i => i.CreatedAt)
            .ToList();
}
