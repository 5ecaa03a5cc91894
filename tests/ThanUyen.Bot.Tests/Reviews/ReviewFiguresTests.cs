using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reviews;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reviews;

/// <summary>Statuses where reports show (digest, exports, /my, /member, /stats), checked against the store.</summary>
public sealed class ReviewFiguresTests
{
    private static readonly Person Thi = new("Lò Văn Thi", new ChatAddress("telegram", "2003")); // member, Hàng

    /// <summary>
    /// This week in Mường Kim: Lan's sales approved 10 tr, waiting 20 tr, sent back 5 tr, rejected 100 tr, and
    /// Thi's only report waiting. Hoa decided those decided.
    /// </summary>
    private static (TestBot Bot, List<Report> Reports) Week(Dictionary<string, string?>? settings = null)
    {
        var bot = new TestBot(settings: settings);
        bot.Register(People.Lan, Role.Member, "tham phe");
        bot.Register(Thi, Role.Member, "hang");
        bot.Register(People.Hoa, Role.Officer, "muong kim");
        var stores = bot.Stores;
        var lan = stores.Members.FindByAddress(People.Lan.Address)!;
        var thi = stores.Members.FindByAddress(Thi.Address)!;
        var hoa = stores.Members.FindByAddress(People.Hoa.Address)!;
        var now = bot.Clock.GetUtcNow().UtcDateTime.AddHours(-5);
        Report Sale(Member by, decimal total) => ReportSeeder.Sale(stores, by, now, "honey", 1, "lit", total);
        var reports = new List<Report>
        {
            ReportSeeder.Status(stores, Sale(lan, 10_000_000), ReviewStatus.Approved, hoa),
            ReportSeeder.Status(stores, Sale(lan, 20_000_000), ReviewStatus.New),
            ReportSeeder.Status(stores, Sale(lan, 5_000_000), ReviewStatus.NeedsChanges, hoa, "Thiếu hộ bán"),
            ReportSeeder.Status(stores, Sale(lan, 100_000_000), ReviewStatus.Rejected, hoa, "🔁 Trùng lặp"),
            ReportSeeder.Status(stores, Sale(thi, 1_000_000), ReviewStatus.New),
        };
        return (bot, reports);
    }

    [Fact]
    public void The_digest_counts_every_report_not_rejected_by_default_and_says_how_many_wait()
    {
        var (bot, _) = Week();
        using var _ = bot;
        var digest = bot.Say(People.Hoa, "/digest")[0].Text;
        Assert.Contains("🛒 Bán hàng: tổng 36.000.000 ₫", digest); // 10 + 20 + 5 + 1: the rejected 100 left out
        Assert.Contains("🔎 Duyệt: 1 đã duyệt · 2 chờ duyệt · 1 cần sửa · 1 loại", digest);
        Assert.Contains("Số liệu trên tính cả 3 báo cáo (chờ duyệt) hoặc cần sửa; không tính báo cáo bị loại.", digest);
        Assert.Contains(T.DigestEveryoneReported, digest);
    }

    [Fact]
    public void With_digest_counts_set_to_approved_the_figures_are_the_approved_reports_only()
    {
        var (bot, _) = Week(new() { ["Review:DigestCounts"] = "approved" });
        using var _ = bot;
        var digest = bot.Say(People.Hoa, "/digest")[0].Text;
        Assert.Contains("🛒 Bán hàng: tổng 10.000.000 ₫", digest);
        Assert.Contains(T.DigestReviewApprovedOnly, digest);
        Assert.Contains(T.DigestEveryoneReported, digest); // Thi reported; the report only waits for review
    }

    [Fact]
    public void Every_sheet_ends_with_status_reviewer_review_time_and_comment_as_stored()
    {
        var (bot, reports) = Week();
        using var _ = bot;
        var message = bot.Say(People.Admin, "/export").Single();
        using var workbook = new XLWorkbook(new MemoryStream(message.DocumentBytes!));
        foreach (var sheet in new[] { "Họp - tập huấn", "Hạ tầng", "Bán hàng" })
        {
            var headers = workbook.Worksheet(sheet).Row(1).CellsUsed().Select(c => c.GetString()).ToList();
            Assert.Equal(["Trạng thái duyệt", "Người duyệt", "Thời gian duyệt", "Nhận xét duyệt"], headers[^4..]);
        }
        var sales = workbook.Worksheet("Bán hàng");
        var last = sales.Row(1).CellsUsed().Count();
        var rows = Enumerable.Range(2, reports.Count).Select(sales.Row).ToDictionary(r => r.Cell(1).GetString());
        foreach (var report in reports)
        {
            var row = rows[report.Code];
            var decision = report.Review.LastDecision;
            Assert.Equal(T.ReviewStatusName(report.Review.Status), row.Cell(last - 3).GetString());
            Assert.Equal(decision?.ByName ?? "", row.Cell(last - 2).GetString());
            if (decision is null)
                Assert.True(row.Cell(last - 1).IsEmpty());
            else
                Assert.Equal(decision.At.AddHours(7), row.Cell(last - 1).GetDateTime(), TimeSpan.FromSeconds(1));
            Assert.Equal(decision?.Comment ?? "", row.Cell(last).GetString());
        }
        var zip = new ZipArchive(new MemoryStream(bot.Say(People.Admin, "/export csv").Single().DocumentBytes!));
        using var csv = new StreamReader(zip.GetEntry("ban-hang.csv")!.Open(), Encoding.UTF8);
        var csvLines = csv.ReadToEnd().Split("\r\n");
        Assert.EndsWith(",Trạng thái duyệt,Người duyệt,Thời gian duyệt,Nhận xét duyệt", csvLines[0]);
        Assert.Contains(
            csvLines,
            l => l.EndsWith(",cần sửa,Cầm Thị Hoa,25/11/2026 06:00,Thiếu hộ bán", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void My_reports_show_each_reports_status()
    {
        var (bot, _) = Week();
        using var _ = bot;
        var lines = bot.Say(People.Lan, "/my")[0].Text.Split('\n');
        Assert.Contains(
            lines,
            l =>
                l.StartsWith("BC-0001 ·", StringComparison.Ordinal)
                && l.EndsWith("✅ đã duyệt", StringComparison.Ordinal)
        );
        Assert.Contains(
            lines,
            l =>
                l.StartsWith("BC-0002 ·", StringComparison.Ordinal)
                && l.EndsWith("🆕 mới, chờ duyệt", StringComparison.Ordinal)
        );
        Assert.Contains(
            lines,
            l =>
                l.StartsWith("BC-0003 ·", StringComparison.Ordinal)
                && l.EndsWith("↩️ cần sửa", StringComparison.Ordinal)
        );
        Assert.Contains(
            lines,
            l => l.StartsWith("BC-0004 ·", StringComparison.Ordinal) && l.EndsWith("🚫 loại", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Member_and_stats_show_the_backlog_and_median_time_to_review_and_stats_names_the_communes_that_lag()
    {
        var (bot, _) = Week();
        using var _ = bot;
        var member = bot.Say(People.Hoa, "/member lan").Single().Text;
        Assert.Contains("🔎 Báo cáo: 1 mới · 1 đã duyệt · 1 cần sửa · 1 loại", member);
        // Three decisions, each two hours after arrival; two reports wait, the oldest five hours.
        Assert.Contains("🔎 Duyệt xã Mường Kim: 2 chờ (lâu nhất 5 giờ) · thời gian duyệt (trung vị) 2 giờ", member);

        bot.Clock.Advance(TimeSpan.FromDays(4));
        var stats = bot.Say(People.Admin, "/stats").Single().Text;
        Assert.Contains(
            "🔎 Duyệt xã Mường Kim: 2 chờ (lâu nhất 4,2 ngày) · thời gian duyệt (trung vị) 2 giờ ⚠️",
            stats
        );
        Assert.Contains("🔎 Duyệt xã Pha Mu: 0 chờ · thời gian duyệt (trung vị) —", stats);
        Assert.Contains("⚠️ Xã chậm duyệt: Mường Kim", stats);
    }
}
