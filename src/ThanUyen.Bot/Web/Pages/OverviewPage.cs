using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Register;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web.Access;
using ThanUyen.Bot.Web.Html;
using static ThanUyen.Bot.Web.Html.Tags;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Pages;

/// <summary>
/// Tổng quan: per commune the person reads, this week's and last week's digest (the very numbers the
/// officers' weekly message carries, built by <see cref="DigestService"/>), the digest chart, and each project
/// target with its progress (<see cref="TargetsPanel"/>).
/// </summary>
public static class OverviewPage
{
    /// <summary>No message limit on a page: every detail line shows.</summary>
    private const int Unlimited = 1_000_000;

    public static void MapOverview(this RouteGroupBuilder pages) => pages.MapGet("/", Render);

    private static IResult Render(
        WebViewer viewer,
        Stores stores,
        DigestService digests,
        IOptions<BotOptions> bot,
        IOptions<DigestOptions> digestOptions,
        IOptions<RegisterOptions> register,
        TimeProvider clock
    )
    {
        var start = register.Value.ProjectStart;
        var today = Show.Today(bot.Value, clock);
        var week = WeekRange.Containing(clock.GetUtcNow().UtcDateTime, bot.Value.Zone);
        var communes = Scope.Communes(viewer.Member, stores.Catalogue.Communes());
        // One read of the reports serves every digest and target on the page: each used to read them again
        // (four digests and three target panels read 40,000 reports to show 10,000, in 826 ms).
        var reports = stores.Reports.ReceivedBetween(
            DateTime.MinValue,
            DateTime.MaxValue,
            viewer.IsAdmin || communes.Count != 1 ? null : communes[0].Id
        );
        var body = Each(
            communes,
            c =>
            {
                var now = digests.Build(c, week, reports, Unlimited);
                var before = digests.Build(c, week.Previous, reports, Unlimited);
                var chart = digestOptions.Value.Chart && now.HasChartData ? Chart(c, week, now) : Markup.Empty;
                return H(
                    $"""
                    <section><h2>{c.Name}</h2><div class="cards">
                    {Week(T.WebThisWeek, now)}{Week(T.WebLastWeek, before)}</div>{chart}
                    {TargetsPanel.Render(stores, c.Id, start, today, reports)}</section>
                    """
                );
            }
        );
        // Admins also see the whole project, as /project shows them.
        var whole = viewer.IsAdmin ? TargetsPanel.Render(stores, null, start, today, reports) : Markup.Empty;
        var project = Markup.When(viewer.IsAdmin, H($"<section><h2>{T.WebWholeProject}</h2>{whole}</section>"));
        return Layout.Page(viewer, T.WebNavOverview, "/web/", H($"{project}{body}"));
    }

    private static Markup Week(string title, Digest digest) =>
        H(
            $"""
            <div class="card"><h3>{title} · {digest.Week.Label}</h3>{Each(digest.Sections, Section)}
            {Markup.When(digest.Silent is not null, H($"<p class=\"muted\">{digest.Silent}</p>"))}</div>
            """
        );

    private static Markup Section(DigestSection section) =>
        H(
            $"""
            {Each(
                section.Summary.Select((line, i) => (line, i)),
                l => H($"<p{(l.i == 0 ? Bold : Markup.Empty)}>{l.line}</p>")
            )}
            {Markup.When(
                section.Details.Count > 0,
                H($"<ul>{Each(section.Details, d => H($"<li>{d.Trim()}</li>"))}</ul>")
            )}
            """
        );

    private static readonly Markup Bold = H($" class=\"summary\"");

    private static Markup Chart(Commune commune, WeekRange week, Digest digest) =>
        H(
            $"""
            <h3>{T.WebDigestChart}</h3>
            <img class="chart" src="/web/chart/{commune.Id}/{week.Key}.png" alt="{T.WebDigestChart}"
             width="{DigestChart.Width}" height="{DigestChart.PanelHeight * Math.Max(1, digest.Charts.Count)}">
            """
        );
}
