namespace ThanUyen.Bot.Core.Community;

public sealed class Invitation
{
    /// <summary>The code itself, upper case ("K7M2QX9P").</summary>
    public string Id { get; set; } = "";
    public Role Role { get; set; }

    /// <summary>Village id for members, commune id for officers, null for admins.</summary>
    public string? PlaceId { get; set; }
    public int CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public int? UsedBy { get; set; }
    public bool Revoked { get; set; }
}
