namespace ThanUyen.Bot.Core.Community;

public sealed class Member
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public Role Role { get; set; }

    /// <summary>Set for officers (their commune) and members (their village's commune).</summary>
    public string? CommuneId { get; set; }

    /// <summary>Set for members.</summary>
    public string? VillageId { get; set; }

    /// <summary>Chat addresses ("telegram:123", "zalo:ab") this person writes from.</summary>
    public List<string> Addresses { get; set; } = [];

    /// <summary>Where digests and reminders go when the person has several addresses.</summary>
    public string? PreferredAddress { get; set; }
    public bool Active { get; set; } = true;

    /// <summary>Set when a channel said the person blocked the bot (Telegram 403).</summary>
    public bool Unreachable { get; set; }
    public bool RemindersOff { get; set; }

    /// <summary>Questions come with their recorded voice note and a "listen again" button (/amthanh).</summary>
    public bool SpokenQuestions { get; set; }
    public DateTime JoinedAt { get; set; }
    public string? InvitationCode { get; set; }

    public string MainAddress => PreferredAddress ?? Addresses.FirstOrDefault() ?? "";

    /// <summary>A copy that shares nothing mutable: stores hand these out of their in-memory copy.</summary>
    public Member Copy()
    {
        var copy = (Member)MemberwiseClone();
        copy.Addresses = [.. Addresses];
        return copy;
    }
}
