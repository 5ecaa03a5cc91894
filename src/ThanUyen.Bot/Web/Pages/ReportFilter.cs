using System.Globalization;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reviews;
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
    int Page,
    ReviewStatus? Status = null
)
{
    public const int PageSize = 50;

    /// <summary>The review statuses as the address names them, in the order the list offers them.</summary>
    public static readonly IReadOnlyList<(string Key, ReviewStatus Status)> Statuses =
    [
        ("moi", ReviewStatus.New),
        ("da-duyet", ReviewStatus.Approved),
        ("can-sua", ReviewStatus.NeedsChanges),
        ("da-sua", ReviewStatus.Resubmitted),
        ("loai", ReviewStatus.Rejected),
    ];

    public static string KeyOf(ReviewStatus status) => Statuses.First(s => s.Status == status).Key;

    public static ReportFilter Parse(IQueryCollection q) =>
        new(
            Value(q, "commune"),
            Value(q, "village"),
            Value(q, "kind"),
            Show.ParseDay(Value(q, "from")),
            Show.ParseDay(Value(q, "to")),
            int.TryParse(Value(q, "reporter"), CultureInfo.InvariantCulture, out var r) ? r : null,
            Value(q, "q") is { Length: <= 200 } text ? text : null,
            int.TryParse(Value(q, "page"), CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 1, 100_000) : 1,
            Statuses.Where(s => s.Key == Value(q, "status")).Select(s => (ReviewStatus?)s.Status).FirstOrDefault()
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
            ("status", Status is { } s ? KeyOf(s) : null),
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
            Status = Status,
        };
    }
}
