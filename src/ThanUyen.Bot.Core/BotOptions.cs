namespace ThanUyen.Bot.Core;

/// <summary>The "Bot" settings section.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Chat addresses that are admins whatever the database says ("telegram:123", "console:local").</summary>
    public List<string> Admins { get; set; } = [];

    /// <summary>IANA or Windows id; digests, dates and "today" are in this zone.</summary>
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    public int InvitationDays { get; set; } = 7;

    /// <summary>Own reports can be edited this many days after they were saved (admins: always).</summary>
    public int EditDays { get; set; } = 7;

    /// <summary>An unfinished report untouched this long gets one nudge.</summary>
    public int DraftNudgeHours { get; set; } = 24;

    /// <summary>Seed file for the first start; empty means the catalogue.json shipped beside the program.</summary>
    public string? CataloguePath { get; set; }

    /// <summary>
    /// Seed the "(Ví dụ)" example works and households (the console tryout: --demo). Off for a real database.
    /// </summary>
    public bool Demo { get; set; }

    private TimeZoneInfo? _zone;
    public TimeZoneInfo Zone => _zone ??= TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public string ResolvedCataloguePath =>
        string.IsNullOrWhiteSpace(CataloguePath)
            ? Path.Combine(AppContext.BaseDirectory, "catalogue.json")
            : CataloguePath;
}
