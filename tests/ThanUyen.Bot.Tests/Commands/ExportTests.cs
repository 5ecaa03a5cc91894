using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Commands;

public sealed class ExportTests : IDisposable
{
    private readonly TestBot _bot = new();
    private readonly List<Report> _reports = [];

    public ExportTests()
    {
        _bot.Register(People.Lan, Role.Member, "tham phe");
        _bot.Register(People.Chua, Role.Member, "pa khom");
        _bot.Register(People.Sung, Role.Officer, "pha mu");
        var members = _bot.Stores.Members;
        var lan = members.FindByAddress(People.Lan.Address)!;
        var chua = members.FindByAddress(People.Chua.Address)!;
        var now = _bot.Clock.GetUtcNow().UtcDateTime;
        _reports.Add(ReportSeeder.Sale(_bot.Stores, lan, now.AddDays(-1), "watermelon", 1500, "kg", 12_000_000));
        _reports.Add(ReportSeeder.Sale(_bot.Stores, chua, now.AddDays(-2), "cattle", 3, "con", 36_000_000));
        _reports.Add(ReportSeeder.Meeting(_bot.Stores, chua, now.AddDays(-3), "=HYPERLINK(\"x\")", 30, 14));
        _reports.Add(
            ReportSeeder.Progress(
                _bot.Stores,
                lan,
                now,
                _bot.Db.SubProjects.FindOne(s => s.VillageId == "tham-phe"),
                45,
                20,
                10,
                500_000
            )
        );
    }

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void The_workbook_read_back_matches_the_stored_reports_cell_by_cell()
    {
        var message = _bot.Say(People.Admin, "/export").Single();
        Assert.EndsWith(".xlsx", message.DocumentName);
        using var workbook = new XLWorkbook(new MemoryStream(message.DocumentBytes!));
        Assert.Equal(["Họp - tập huấn", "Hạ tầng", "Bán hàng", "Thành viên"], workbook.Worksheets.Select(w => w.Name));

        var sales = workbook.Worksheet("Bán hàng");
        Assert.Equal(1, sales.SheetView.SplitRow); // header frozen
        Assert.Equal("Thành tiền (đồng)", sales.Cell(1, 11).GetString());
        var stored = _reports.Where(r => r.FlowId == "sale").OrderBy(r => r.Id).ToList();
        for (var i = 0; i < stored.Count; i++)
        {
            var row = sales.Row(i + 2);
            Assert.Equal(stored[i].Code, row.Cell(1).GetString());
            Assert.Equal(XLDataType.Number, row.Cell(11).DataType);
            Assert.Equal(stored[i].FactsAs<SaleFacts>()!.Total, row.Cell(11).GetValue<decimal>());
            Assert.Equal(stored[i].FactsAs<SaleFacts>()!.Quantity, row.Cell(8).GetValue<decimal>());
            Assert.Equal(XLDataType.DateTime, row.Cell(3).DataType);
            var local = TimeZoneInfo.ConvertTimeFromUtc(
                stored[i].ReceivedAt,
                _bot.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Core.BotOptions>>().Value.Zone
            );
            Assert.Equal(local, row.Cell(3).GetDateTime(), TimeSpan.FromSeconds(1));
        }
        var meeting = workbook.Worksheet("Họp - tập huấn").Row(2);
        Assert.Equal(30, meeting.Cell(9).GetValue<int>());
        Assert.Equal(XLDataType.Text, meeting.Cell(8).DataType); // a formula-looking topic stays text
        var progress = workbook.Worksheet("Hạ tầng").Row(2);
        Assert.Equal(
            (20, 45, 500_000m),
            (progress.Cell(7).GetValue<int>(), progress.Cell(8).GetValue<int>(), progress.Cell(11).GetValue<decimal>())
        );
        Assert.Equal(4, workbook.Worksheet("Thành viên").RowsUsed().Count() - 1 + 0); // admin + 2 members + 1 officer
    }

    [Fact]
    public void An_officer_exports_only_their_commune_and_csv_opens_in_excel()
    {
        var message = _bot.Say(People.Sung, "/export csv").Single();
        Assert.EndsWith(".zip", message.DocumentName);
        using var zip = new ZipArchive(new MemoryStream(message.DocumentBytes!));
        var files = zip.Entries.ToDictionary(
            e => e.Name,
            e =>
            {
                using var s = e.Open();
                using var m = new MemoryStream();
                s.CopyTo(m);
                return m.ToArray();
            }
        );
        Assert.Equal(["ban-hang.csv", "hop-tap-huan.csv", "thanh-vien.csv"], files.Keys.Order());
        var sales = files["ban-hang.csv"];
        Assert.Equal(Encoding.UTF8.GetPreamble(), sales[..3]);
        var lines = Encoding.UTF8.GetString(sales[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(
            "Mã,Ngày bán,Ngày nhận,Xã,Bản,Người báo,Sản phẩm,Số lượng,Đơn vị,Đơn giá (đồng),Thành tiền (đồng)",
            lines[0]
        );
        var cattle = lines[1].Split(',');
        Assert.Equal(
            ["Pha Mu", "Pá Khôm", "Bò", "3", "con", "12000000", "36000000"],
            new[] { cattle[3], cattle[4], cattle[6], cattle[7], cattle[8], cattle[9], cattle[10] }
        );
        Assert.Equal(2, lines.Length); // Thẩm Phé's watermelon is Mường Kim: not in Pha Mu's export
        Assert.Contains("'=HYPERLINK", Encoding.UTF8.GetString(files["hop-tap-huan.csv"]));
    }

    [Fact]
    public void A_date_range_limits_the_export()
    {
        var today = _bot.Clock.GetUtcNow().UtcDateTime.AddHours(7);
        var message = _bot.Say(People.Admin, $"/export {today.AddDays(-1):d'/'M} {today:d'/'M}").Single();
        using var workbook = new XLWorkbook(new MemoryStream(message.DocumentBytes!));
        Assert.Equal(1, workbook.Worksheet("Bán hàng").RowsUsed().Count() - 1);
        Assert.Equal(0, workbook.Worksheet("Họp - tập huấn").RowsUsed().Count() - 1);
    }
}
