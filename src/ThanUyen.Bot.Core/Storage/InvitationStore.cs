using ThanUyen.Bot.Core.Community;

namespace ThanUyen.Bot.Core.Storage;

public enum InvitationState
{
    Valid,
    Unknown,
    Used,
    Expired,
    Revoked,
}

public sealed class InvitationStore(BotDatabase db, DatabaseWriter writer)
{
    public Invitation Create(Role role, string? placeId, int createdBy, DateTime nowUtc, int validDays)
    {
        writer.EnsureWriting();
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

    public Invitation? Find(string text) => db.Invitations.FindById(InvitationCodes.Normalize(text));

    public (InvitationState State, Invitation? Invitation) Check(string text, DateTime nowUtc)
    {
        var invitation = Find(text);
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
        writer.EnsureWriting();
        invitation.UsedAt = nowUtc;
        invitation.UsedBy = memberId;
        db.Invitations.Update(invitation);
    }

    public void Revoke(Invitation invitation)
    {
        writer.EnsureWriting();
        invitation.Revoked = true;
        db.Invitations.Update(invitation);
    }

    public List<Invitation> Open(DateTime nowUtc) =>
        db
            .Invitations.Find(i => i.UsedAt == null && !i.Revoked && i.ExpiresAt > nowUtc)
            .OrderBy(i => i.CreatedAt)
            .ToList();
}
