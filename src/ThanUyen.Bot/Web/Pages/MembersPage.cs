using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web.Access;
using ThanUyen.Bot.Web.Html;
using static ThanUyen.Bot.Web.Html.Tags;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Pages;

/// <summary>Thành viên (admins): everyone, their role and place, their last report, who cannot be reached.</summary>
public static class MembersPage
{
    public static void MapMembers(this RouteGroupBuilder pages) => pages.MapGet("/members", Render);

    private static IResult Render(WebViewer viewer, Stores stores, IOptions<BotOptions> bot)
    {
        if (!viewer.IsAdmin)
            return Layout.Notice(T.WebForbidden, null, StatusCodes.Status403Forbidden);
        var members = stores.Members.All().OrderBy(m => !m.Active).ThenBy(m => m.Role).ThenBy(m => m.Id).ToList();
        var rows = Each(
            members,
            m =>
            {
                var last = stores.Reports.LastBy(m.Id);
                var channels = string.Join(", ", m.Addresses.Select(a => a.Split(':')[0]).Distinct());
                var lastReport = last is null
                    ? H($"<span class=\"muted\">{T.NeverReported}</span>")
                    : H(
                        $"<a href=\"/web/reports/{last.Code}\">{last.Code}</a> · {Show.Day(bot.Value, last.ReceivedAt)}"
                    );
                return H(
                    $"""
                    <tr><td>#{m.Id}</td><td><a href="{Url(
                        "/web/reports",
                        ("reporter", m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    )}">{m.Name}</a>{(m.Active ? "" : $" ({T.WebInactive})")}</td>
                    <td>{Places.RoleName(m.Role)}</td><td>{Places.PlaceOf(stores.Catalogue, m)}</td><td>{channels}</td>
                    <td>{lastReport}</td>
                    <td>{Markup.When(m.Unreachable, H($"<span class=\"flag\">⛔ {T.WebYes}</span>"))}</td></tr>
                    """
                );
            }
        );
        var body = H(
            $"""
            <div class="table"><table><thead><tr><th>#</th><th>{T.ColumnReporter}</th><th>{T.WebRole}</th>
            <th>{T.WebPlace}</th><th>{T.WebChannels}</th><th>{T.WebLatestReport}</th><th>{T.WebUnreachable}</th>
            </tr></thead>
            <tbody>{rows}</tbody></table></div>
            """
        );
        return Layout.Page(viewer, T.WebNavMembers, "/web/members", body);
    }
}
