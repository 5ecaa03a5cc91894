using System.IO.Compression;
using ClosedXML.Excel;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;
using ThanUyen.Bot.Web;

namespace ThanUyen.Bot.Tests.Web;

/// <summary>How the web pages are built: headers, size, encoding (over HTTP, as an admin sees them).</summary>
public sealed class WebPageSafetyTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private BotHost _host = null!;
    private WebWorld _world = null!;
    private WebVisitor _admin = null!;
    private WebVisitor _hoa = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync(null, _folder.File("data/bot.db"));
        var now = DateTime.UtcNow;
        _world = WebWorld.Seed(_host.Services, now);
        _admin = new WebVisitor(_host.Url, WebWorld.SessionFor(_host.Services, _world.Admin, now));
        _hoa = new WebVisitor(_host.Url, WebWorld.SessionFor(_host.Services, _world.Hoa, now));
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        _hoa.Dispose();
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    private static readonly string[] Pages =
    [
        "/web/",
        "/web/reports",
        "/web/reports/BC-0002",
        "/web/reports?status=da-duyet",
        "/web/works",
        "/web/members",
        "/web/export",
        "/web/sessions",
    ];

    [Fact]
    public async Task Every_web_page_sends_a_strict_policy_and_no_inline_script_or_style_while_health_is_unchanged()
    {
        foreach (var path in Pages.Append("/web/login/unknown-link-aaaaaaaaaaaaaaa").Append("/web/static/site.css"))
        {
            var response = await _admin.Get(path);
            var headers = response.Headers;
            Assert.Equal(SecurityHeaders.Policy, headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("DENY", headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("nosniff", headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", headers.GetValues("Referrer-Policy").Single());
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.Policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.Policy, StringComparison.Ordinal);
        var health = await _admin.Get("/healthz");
        Assert.Equal(200, (int)health.StatusCode);
        Assert.False(health.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Every_page_stays_under_200_KB_with_hundreds_of_reports()
    {
        var stores = _host.Stores;
        for (var i = 0; i < 400; i++)
            ReportSeeder.Sale(stores, _world.Lan, DateTime.UtcNow.AddMinutes(-i), "chicken", 10, "con", 1_500_000);
        foreach (var path in Pages)
        {
            var bytes = await (await _admin.Get(path)).Content.ReadAsByteArrayAsync();
            output.WriteLine($"{path}: {bytes.Length:N0} bytes");
            Assert.True(bytes.Length < 200_000, $"{path} is {bytes.Length} bytes");
        }
    }

    [Fact]
    public async Task A_name_with_markup_in_it_is_shown_as_text()
    {
        var stores = _host.Stores;
        var member = new Member
        {
            Name = "<script>alert(1)</script> \"Lò\"",
            Role = Role.Member,
            CommuneId = "muong-kim",
            VillageId = "hang",
        };
        stores.Writer.Write(() => stores.Members.Save(member));
        var report = ReportSeeder.Sale(stores, member, DateTime.UtcNow, "honey", 2, "lít", 600_000);

        foreach (var path in new[] { "/web/reports", $"/web/reports/{report.Code}", "/web/members" })
        {
            var response = await _admin.Get(path);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;Lò&quot;", html, StringComparison.Ordinal);
        }
    }
}
