namespace ThanUyen.Bot.Core.Digests;

/// <summary>A Monday–Sunday week in the bot's time zone.</summary>
public readonly record struct WeekRange(DateOnly Monday)
{
    public DateOnly Sunday => Monday.AddDays(6);
    public WeekRange Previous => new(Monday.AddDays(-7));

    public static WeekRange Containing(DateOnly day) => new(day.AddDays(-(((int)day.DayOfWeek + 6) % 7)));

    public static WeekRange Containing(DateTime utc, TimeZoneInfo zone) =>
        Containing(
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone))
        );

    public DateTime StartUtc(TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(Monday.ToDateTime(TimeOnly.MinValue), zone);

    public DateTime EndUtc(TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(Monday.AddDays(7).ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>"23/11–29/11/2026".</summary>
    public string Label =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Monday:dd'/'MM}–{Sunday:dd'/'MM'/'yyyy}");

    /// <summary>Ledger key part: "2026-11-23".</summary>
    public string Key => Monday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
