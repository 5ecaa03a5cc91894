using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Commands;

/// <summary>
/// Every route of the web view for every kind of visitor, as <see cref="AuthorizationMatrixTests"/> does for
/// chat commands: anonymous (401), a member (403: the web view is for officers and admins), the officers
/// of Mường Kim and of Pha Mu (their own commune only: another commune's report is "not found"), an admin.
/// </summary>
public sealed class WebAuthorizationMatrixTests(WebAuthorizationMatrixTests.Site site)
    : IClassFixture<WebAuthorizationMatrixTests.Site>
{
    public sealed class Site : IAsyncLifetime
    {
        private readonly TempFolder _folder = new();
        public BotHost Host { get; private set; } = null!;
        public WebWorld World { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Host = await BotHost.StartAsync(null, _folder.File("bot.db"));
            World = WebWorld.Seed(Host.Services, DateTime.UtcNow);
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            _folder.Dispose();
        }
    }

    // Who: anonymous, M = member Lan, OK = officer of Mường Kim, OP = officer of Pha Mu, A = admin.
    // {bc} is the Mường Kim progress report (with photos), {week} this week's Monday, {session} a session of
    // someone else's to end. Review forms decide on a report made for each request, waiting: {mk} by member Lan
    // (Mường Kim), {pm} by member Chua (Pha Mu), {own} by officer Hoa herself (Mường Kim).
    public static TheoryData<string, int, int, int, int, int> Matrix() =>
        new()
        {
            // request                                      anon  M    OK   OP   A
            { "GET /web/", 401, 403, 200, 200, 200 },
            { "GET /web/reports", 401, 403, 200, 200, 200 },
            { "GET /web/reports?commune=muong-kim", 401, 403, 200, 403, 200 },
            { "GET /web/reports?commune=pha-mu", 401, 403, 403, 200, 200 },
            { "GET /web/reports?village=tham-phe", 401, 403, 200, 403, 200 },
            { "GET /web/reports?status=moi", 401, 403, 200, 200, 200 },
            { "GET /web/reports?status=can-sua&commune=pha-mu", 401, 403, 403, 200, 200 },
            { "GET /web/reports/{bc}", 401, 403, 200, 404, 200 },
            { "GET /web/photo/{bc}/0", 401, 403, 200, 404, 200 },
            { "GET /web/photo/{bc}/1/thumb", 401, 403, 200, 404, 200 },
            // {bc} has no voice answer: found by nobody, refused as everywhere else (WebMediaTests plays one).
            { "GET /web/voice/{bc}/0", 401, 403, 404, 404, 404 },
            { "GET /web/works", 401, 403, 200, 200, 200 },
            { "GET /web/chart/muong-kim/{week}.png", 401, 403, 200, 404, 200 },
            { "GET /web/members", 401, 403, 403, 403, 200 },
            { "GET /web/sessions", 401, 403, 403, 403, 200 },
            { "GET /web/export", 401, 403, 200, 200, 200 },
            { "POST /web/reports/{mk}/review decision=ok&version=0", 401, 403, 303, 404, 303 },
            { "POST /web/reports/{mk}/review decision=fix&version=0&comment=sai", 401, 403, 303, 404, 303 },
            { "POST /web/reports/{mk}/review decision=no&version=0&comment=trung", 401, 403, 303, 404, 303 },
            { "POST /web/reports/{pm}/review decision=ok&version=0", 401, 403, 404, 303, 303 },
            { "POST /web/reports/{pm}/review decision=fix&version=0&comment=sai", 401, 403, 404, 303, 303 },
            { "POST /web/reports/{own}/review decision=ok&version=0", 401, 403, 403, 404, 303 },
            { "POST /web/reports/{own}/review decision=no&version=0&comment=trung", 401, 403, 403, 404, 303 },
            { "POST /web/export commune=muong-kim", 401, 403, 200, 403, 200 },
            { "POST /web/export commune=", 401, 403, 403, 403, 200 },
            { "POST /web/sessions/{session}/end", 401, 403, 403, 403, 303 },
            { "POST /web/logout", 401, 403, 303, 303, 303 },
        };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_visitor_gets_exactly_the_web_pages_the_chat_would_show_them(
        string request,
        int anonymous,
        int member,
        int officerMuongKim,
        int officerPhaMu,
        int admin
    )
    {
        var world = site.World;
        foreach (
            var (who, expected) in new (Member?, int)[]
            {
                (null, anonymous),
                (world.Lan, member),
                (world.Hoa, officerMuongKim),
                (world.Sung, officerPhaMu),
                (world.Admin, admin),
            }
        )
        {
            var status = await Send(request, who);
            Assert.True(
                status == expected,
                $"{request} by {who?.Name ?? "anonymous"}: expected {expected}, got {status}"
            );
        }
    }

    private async Task<int> Send(string request, Member? who)
    {
        var host = site.Host;
        var now = DateTime.UtcNow;
        using var visitor = new WebVisitor(host.Url, who is null ? null : WebWorld.SessionFor(host.Services, who, now));
        var zone = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BotOptions>>().Value.Zone;
        var other = WebWorld.SessionFor(host.Services, site.World.Chua, now);
        var otherId = host.Stores.WebSessions.FindOpen(other, now)!.Id;
        var text = request
            .Replace("{bc}", site.World.MuongKimProgress.Code, StringComparison.Ordinal)
            .Replace("{week}", WeekRange.Containing(now, zone).Key, StringComparison.Ordinal)
            .Replace(
                "{session}",
                otherId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                StringComparison.Ordinal
            );
        foreach (
            var (key, by) in new[] { ("{mk}", site.World.Lan), ("{pm}", site.World.Chua), ("{own}", site.World.Hoa) }
        )
            if (text.Contains(key, StringComparison.Ordinal))
                text = text.Replace(key, Waiting(by), StringComparison.Ordinal);
        var parts = text.Split(' ', 3);
        if (parts[0] == "GET")
            return (int)(await visitor.Get(parts[1])).StatusCode;
        var token = who is { Role: Role.Officer or Role.Admin } ? await visitor.TokenFrom("/web/export") : null;
        var fields =
            parts.Length > 2 ? parts[2].Split('&').Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]) : [];
        var response = await visitor.Post(parts[1], fields, token);
        return (int)response.StatusCode;
    }

    /// <summary>A new report by this person, waiting for review: its code.</summary>
    private string Waiting(Member by)
    {
        var stores = site.Host.Stores;
        var report = ReportSeeder.Sale(stores, by, DateTime.UtcNow, "honey", 2, "lít", 600_000);
        return ReportSeeder.Status(stores, report, Core.Reviews.ReviewStatus.New).Code;
    }

    [Fact]
    public void The_matrix_covers_every_route_of_the_web_view()
    {
        var routes = site
            .Host.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>()
            .Endpoints.OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(p => p.StartsWith("/web", StringComparison.Ordinal))
            .ToList();
        // The matrix's requests as plain paths: placeholders filled, query left out.
        var requested = Matrix()
            .Select(row => ((string)row[0]).Split(' ')[1].Split('?')[0])
            .Select(p => p.Replace("{bc}", "BC-0002", StringComparison.Ordinal))
            .Select(p => p.Replace("{week}", "2026-11-30", StringComparison.Ordinal))
            .Select(p => p.Replace("{session}", "5", StringComparison.Ordinal))
            .ToList();
        // Sign-in pages and static files are for everyone; WebSignInTests covers them.
        var open = new[] { "/web/login/{token}", "/web/signed-out", "/web/static/{name}" };
        Assert.NotEmpty(routes);
        foreach (var route in routes.Where(r => !open.Contains(r)))
        {
            var shape = new System.Text.RegularExpressions.Regex(
                "^" + System.Text.RegularExpressions.Regex.Replace(route.TrimEnd('/'), @"\{[^}]+\}", "[^/]+") + "/?$"
            );
            Assert.True(requested.Any(shape.IsMatch), $"{route} is not in the matrix");
        }
    }
}
