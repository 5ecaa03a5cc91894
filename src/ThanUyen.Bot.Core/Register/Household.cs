namespace ThanUyen.Bot.Core.Register;

/// <summary>An interest-group farmer's household: who heads it, where, and which production models it is in.</summary>
public sealed class Household
{
    public int Id { get; set; }

    /// <summary>The head of the household: "Lò Văn Minh".</summary>
    public string Name { get; set; } = "";
    public string VillageId { get; set; } = "";

    /// <summary>"Mông", "Thái", "Kinh" …; null when not given.</summary>
    public string? Ethnicity { get; set; }
    public bool WomanHeaded { get; set; }

    /// <summary>Ids of the production models it takes part in.</summary>
    public List<string> ModelIds { get; set; } = [];

    /// <summary>False for a name a member typed in a sale: an admin confirms it (register file or /register).</summary>
    public bool Confirmed { get; set; } = true;

    /// <summary>Seeded for the console demo (--demo).</summary>
    public bool Example { get; set; }
    public DateTime CreatedAt { get; set; }
}
