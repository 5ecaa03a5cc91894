namespace ThanUyen.Bot.Core.Digests;

/// <summary>The "Digest" and "Reminders" sections: cron expressions (Cronos, 5 fields) in Bot:TimeZone.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digest";

    /// <summary>Monday 07:00: the digest of the week that just ended.</summary>
    public string Schedule { get; set; } = "0 7 * * 1";

    /// <summary>Send the chart picture along with the text.</summary>
    public bool Chart { get; set; } = true;
}

public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Friday 17:00: a nudge to members who reported nothing this week.</summary>
    public string Schedule { get; set; } = "0 17 * * 5";
}
