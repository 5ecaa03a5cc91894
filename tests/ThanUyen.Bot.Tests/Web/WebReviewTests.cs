using ThanUyen.Bot.Core.Reviews;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Web;

/// <summary>Reviews on the web view: the status filter and column, a report's review history (over HTTP).</summary>
public sealed class WebReviewTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private BotHost _host = null!;
    private WebWorld _world = null!;
    private WebVisitor _hoa = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync(null, _folder.File("data/bot.db"));
        var now = DateTime.UtcNow;
        _world = WebWorld.Seed(_host.Services, now);
        _hoa = new WebVisitor(_host.Url, WebWorld.SessionFor(_host.Services, _world.Hoa, now));
    }

    public async Task DisposeAsync()
    {
        _hoa.Dispose();
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_report_list_filters_by_review_status_and_shows_each_reports_status()
    {
        var (sale, progress) = (_world.MuongKimSale.Code, _world.MuongKimProgress.Code);
        ReportSeeder.Status(_host.Stores, _world.MuongKimSale, ReviewStatus.NeedsChanges, _world.Hoa, "Giá cao");

        var all = await _hoa.Text("/web/reports");
        Assert.Contains($"<th>{T.WebStatus}</th>", all, StringComparison.Ordinal);
        Assert.Contains(T.ReviewStatusMark(ReviewStatus.NeedsChanges), all, StringComparison.Ordinal);
        Assert.Contains(T.ReviewStatusMark(ReviewStatus.Approved), all, StringComparison.Ordinal);

        var sentBack = await _hoa.Text("/web/reports?status=can-sua");
        Assert.Contains(T.WebReportCount(1, 1, 1), sentBack, StringComparison.Ordinal);
        Assert.Contains(sale, sentBack, StringComparison.Ordinal);
        Assert.DoesNotContain(progress, sentBack, StringComparison.Ordinal);
        Assert.Contains("<option value=\"can-sua\" selected>", sentBack, StringComparison.Ordinal);
        foreach (var name in new[] { "mới", "đã duyệt", "cần sửa", "đã sửa, chờ duyệt", "loại" })
            Assert.Contains($">{name}</option>", sentBack, StringComparison.Ordinal);

        var approved = await _hoa.Text("/web/reports?status=da-duyet");
        Assert.Contains(progress, approved, StringComparison.Ordinal);
        Assert.DoesNotContain($">{sale}<", approved, StringComparison.Ordinal);
        Assert.Contains(T.WebNoReports, await _hoa.Text("/web/reports?status=moi"), StringComparison.Ordinal);
        Assert.Contains(T.WebNoReports, await _hoa.Text("/web/reports?status=loai"), StringComparison.Ordinal);
        // A status the list does not know filters nothing.
        Assert.Contains(T.WebReportCount(2, 1, 1), await _hoa.Text("/web/reports?status=x"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reports_page_shows_who_decided_what_when_and_why_beside_its_edits()
    {
        var stores = _host.Stores;
        var report = _world.MuongKimSale;
        var at = DateTime.UtcNow.AddMinutes(-30);
        report.Review.Status = ReviewStatus.Resubmitted;
        report.Review.History.Add(Entry(at, _world.Hoa, ReviewStatus.NeedsChanges, "Giá bò cao quá, xem lại"));
        report.Review.History.Add(Entry(at.AddMinutes(10), _world.Lan, ReviewStatus.Resubmitted, ""));
        stores.Writer.Write(() =>
        {
            stores.Reports.Save(report);
            stores.Audit.Record(_world.Lan, at.AddMinutes(9), "report.edit", report.Code, "Số tiền: 36 → 30 triệu");
            stores.Audit.Record(_world.Hoa, at, "review.sendback", report.Code, "cần sửa: Giá bò cao quá");
        });

        var html = await _hoa.Text($"/web/reports/{report.Code}");
        Assert.Contains(T.ReviewStatusMark(ReviewStatus.Resubmitted), html, StringComparison.Ordinal);
        var history = html[html.IndexOf(T.WebReviewHistory, StringComparison.Ordinal)..];
        Assert.Contains(_world.Hoa.Name, history, StringComparison.Ordinal);
        Assert.Contains(T.ReviewStatusMark(ReviewStatus.NeedsChanges), history, StringComparison.Ordinal);
        Assert.Contains("Giá bò cao quá, xem lại", history, StringComparison.Ordinal);
        Assert.Contains(_world.Lan.Name, history, StringComparison.Ordinal);
        // The edit stays in the edit history; the decision is not listed twice.
        var edits = html[
            html.IndexOf(T.WebHistory, StringComparison.Ordinal)..html.IndexOf(
                T.WebReviewHistory,
                StringComparison.Ordinal
            )
        ];
        Assert.Contains("Số tiền: 36 → 30 triệu", edits, StringComparison.Ordinal);
        Assert.DoesNotContain("Giá bò cao quá", edits, StringComparison.Ordinal);

        var untouched = await _hoa.Text($"/web/reports/{_world.MuongKimProgress.Code}");
        Assert.Contains(T.WebNoReviewYet, untouched, StringComparison.Ordinal);
    }

    private static ReviewEntry Entry(DateTime at, Core.Community.Member by, ReviewStatus status, string comment) =>
        new()
        {
            At = at,
            ById = by.Id,
            ByName = by.Name,
            Status = status,
            Comment = comment,
        };
}
