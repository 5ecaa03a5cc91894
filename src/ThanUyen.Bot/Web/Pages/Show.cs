using System.Globalization;
using ThanUyen.Bot.Core;

namespace ThanUyen.Bot.Web.Pages;

/// <summary>Times as people read them, in the bot's time zone.</summary>
public static class Show
{
    public static string Day(BotOptions bot, DateTime utc) =>
        bot.ToLocal(utc).ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    public static string Time(BotOptions bot, DateTime utc) =>
        bot.ToLocal(utc).ToString("dd'/'MM'/'yyyy HH':'mm", CultureInfo.InvariantCulture);

    /// <summary>A date kept as the local day itself (a report's event date).</summary>
    public static string LocalDay(DateTime day) => day.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    /// <summary>The UTC instant a local day starts.</summary>
    public static DateTime StartUtc(BotOptions bot, DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), bot.Zone);

    public static DateOnly Today(BotOptions bot, TimeProvider clock) =>
        DateOnly.FromDateTime(bot.ToLocal(clock.GetUtcNow().UtcDateTime));
}
