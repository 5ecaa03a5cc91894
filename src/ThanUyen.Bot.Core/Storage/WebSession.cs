using ThanUyen.Bot.Core.Community;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// A browser signed in to the web view. Keeps the role and commune the person had when signing in: when
/// the member record no longer matches (role changed, moved, removed) the session is over.
/// </summary>
public sealed class WebSession
{
    public int Id { get; set; }

    /// <summary>SHA-256 of the cookie's secret, lowercase hex.</summary>
    public string SecretHash { get; set; } = "";
    public int MemberId { get; set; }
    public Role Role { get; set; }
    public string? CommuneId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? EndedAt { get; set; }

    /// <summary>Only while the member is as they were at sign-in: active, same role, same commune.</summary>
    public bool StillFits(Member? member) =>
        member is { Active: true } && member.Id == MemberId && member.Role == Role && member.CommuneId == CommuneId;

    public bool IsOpen(DateTime nowUtc) => EndedAt is null && ExpiresAt > nowUtc;
}
