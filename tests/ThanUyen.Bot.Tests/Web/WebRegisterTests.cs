using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Register;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Web;

/// <summary>The register on the web view: targets with their progress on the overview, the works' plan.</summary>
public sealed class WebRegisterTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private BotHost _host = null!;
    private WebWorld _world = null!;
    private WebVisitor _hoa = null!;
    private WebVisitor _admin = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync(null, _folder.File("data/bot.db"));
        var now = DateTime.UtcNow;
        _world = WebWorld.Seed(_host.Services, now);
        _hoa = new WebVisitor(_host.Url, WebWorld.SessionFor(_host.Services, _world.Hoa, now));
        _admin = new WebVisitor(_host.Url, WebWorld.SessionFor(_host.Services, _world.Admin, now));
    }

    public async Task DisposeAsync()
    {
        _hoa.Dispose();
        _admin.Dispose();
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_overview_shows_each_target_of_the_officers_commune_with_its_progress_as_project_does()
    {
        var stores = _host.Stores;
        stores.Writer.Write(() =>
        {
            stores.Register.SetTarget(Indicator.Revenue, "muong-kim", 100_000_000);
            stores.Register.SetTarget(Indicator.Workdays, "muong-kim", 160);
            stores.Register.SetTarget(Indicator.Revenue, "pha-mu", 50_000_000);
            stores.Register.SetTarget(Indicator.Meetings, null, 80);
        });

        var html = await _hoa.Text("/web/");
        var targets = html[html.IndexOf("id=\"muc-tieu-muong-kim\"", StringComparison.Ordinal)..];
        // The Mường Kim sale (36 million) against 100 million; the progress report's 40 workdays against 160.
        Assert.Contains("36.000.000 ₫", targets, StringComparison.Ordinal);
        Assert.Contains("100.000.000 ₫", targets, StringComparison.Ordinal);
        Assert.Contains("<progress max=\"100\" value=\"36\">36%</progress> 36%", targets, StringComparison.Ordinal);
        Assert.Contains("<progress max=\"100\" value=\"25\">25%</progress> 25%", targets, StringComparison.Ordinal);
        Assert.Contains(T.NotTargeted, targets, StringComparison.Ordinal);
        foreach (var indicator in Indicator.All)
            Assert.Contains(indicator.Name, targets, StringComparison.Ordinal);
        // Only the officer's commune: no other commune's targets, not the whole project's.
        Assert.DoesNotContain("id=\"muc-tieu-pha-mu\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"muc-tieu-du-an\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("50.000.000 ₫", html, StringComparison.Ordinal);

        var admin = await _admin.Text("/web/");
        Assert.Contains(T.WebWholeProject, admin, StringComparison.Ordinal);
        Assert.Contains("id=\"muc-tieu-pha-mu\"", admin, StringComparison.Ordinal);
        var project = admin[admin.IndexOf("id=\"muc-tieu-du-an\"", StringComparison.Ordinal)..];
        Assert.Contains("<progress max=\"100\" value=\"0\">0%</progress> 0%", project, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_works_page_lists_the_registers_works_with_target_status_progress_and_latest_report()
    {
        var stores = _host.Stores;
        var work = stores.Catalogue.SubProject(_world.MuongKimWork.Id)!;
        (work.Target, work.TargetUnit, work.Status) = (2.5m, "km", WorkStatus.UnderWay);
        var planned = new SubProject
        {
            Name = "Đường nội đồng bản Hàng",
            VillageId = "hang",
            TypeId = work.TypeId,
            Status = WorkStatus.Planned,
        };
        stores.Writer.Write(() =>
        {
            stores.Catalogue.Save(work);
            stores.Catalogue.Save(planned);
        });

        var html = await _hoa.Text("/web/works");
        var row = html[html.IndexOf(work.Name, StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("2,5 km", row, StringComparison.Ordinal);
        Assert.Contains(T.WebWorkState(WorkStatus.UnderWay), row, StringComparison.Ordinal);
        Assert.Contains("<progress max=\"100\" value=\"45\">", row, StringComparison.Ordinal);
        Assert.Contains($"/web/reports/{_world.MuongKimProgress.Code}", row, StringComparison.Ordinal);
        Assert.Contains(">3</a>", row, StringComparison.Ordinal); // two kept photos and one still on Telegram
        var next = html[html.IndexOf(planned.Name, StringComparison.Ordinal)..];
        next = next[..next.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains(T.WebWorkState(WorkStatus.Planned), next, StringComparison.Ordinal);
        Assert.Contains(T.NotTargeted, next, StringComparison.Ordinal);
        Assert.Contains(T.WebNoReportYet, next, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"map\"", html, StringComparison.Ordinal);
    }
}
