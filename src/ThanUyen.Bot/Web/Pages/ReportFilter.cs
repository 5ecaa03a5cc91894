using System.Globalization;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Web.Pages;

/// <summary>
/// The report list's filters as they travel in the address (ids and dates only: a reporter is "#12", never a
/// name) and as a <see cref="ReportQuery"/> within the viewer's scope.
/// </summary>
public sealed record ReportFilter(
    string? Commune,
    string? Village,
    string? Kind,
    DateOnly? From,
    DateOnly? To,
    int? Reporter,
    string? Text,
    int Page
)
{
    public const int PageSize = 50;

    // REVIEW BRANCH: a Status field joins here, in Parse, in Query and in ReportQuery (one line each).
    public static ReportFilter Parse(IQueryCollection q) =>
        new(
            Value(q, "commune"),
            Value(q, "village"),
            Value(q, "kind"),
            Show.ParseDay(Value(q, "from")),
            Show.ParseDay(Value(q, "to")),
            int.TryParse(Value(q, "reporter"), CultureInfo.InvariantCulture, out var r) ? r : null,
            Value(q, "q") is { Length: <= 200 } text ? text : null,
            int.TryParse(Value(q, "page"), CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 1, 100_000) : 1
        );

    private static string? Value(IQueryCollection q, string key) =>
        q[key].ToString() is { Length: > 0 } v ? v.Trim() : null;

    /// <summary>The address of this list (another page of it, or the same).</summary>
    public string Link(int? page = null) =>
        Html.Tags.Url(
            "/web/reports",
            ("commune", Commune),
            ("village", Village),
            ("kind", Kind),
            ("from", From is { } f ? Show.Iso(f) : null),
            ("to", To is { } t ? Show.Iso(t) : null),
            ("reporter", Reporter?.ToString(CultureInfo.InvariantCulture)),
            ("q", Text),
            ("page", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null)
        );

    /// <summary>
    /// The query within what the viewer reads: an officer's list is their commune's; asking for another
    /// commune, or a village of one, is refused (null), as /export and /digest refuse it in chat.
    /// </summary>
    public ReportQuery? Query(Member viewer, CatalogueStore catalogue, BotOptions bot)
    {
        if (Commune is not null && !Scope.CanSeeCommune(viewer, Commune))
            return null;
        var village = Village is null ? null : catalogue.Village(Village);
        if (Village is not null && (village is null || !Scope.CanSeeCommune(viewer, village.CommuneId)))
            return null;
        return new ReportQuery
        {
            CommuneId = Commune ?? (viewer.Role == Role.Admin ? null : viewer.CommuneId ?? ""),
            VillageId = village?.Id,
            FlowId = Kind,
            FromUtc = From is { } f ? Show.StartUtc(bot, f) : null,
            ToUtc = To is { } t ? Show.StartUtc(bot, t.AddDays(1)) : null,
            ReporterId = Reporter,
            Text = Text,
        };
    }
}
