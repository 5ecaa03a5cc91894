using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ThanUyen.Bot.Core.Register;
using ThanUyen.Bot.Core.Register.Periods;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Register;

/// <summary>The quarter's report for partners, opened back and read cell by cell (numbers from the fixture).</summary>
public sealed class PeriodReportTests(ProjectProgressFixture fixture) : IClassFixture<ProjectProgressFixture>
{
    private TestBot Bot => fixture.Bot;

    private (byte[] File, string Name) Report(Person person, string args)
    {
        var reply = Bot.Say(person, $"/report {args}").Single();
        Assert.NotNull(reply.DocumentBytes);
        return (reply.DocumentBytes!, reply.DocumentName!);
    }

    /// <summary>ClosedXML 0.95.4 reads pictures through System.Drawing (Windows only): read cells without.</summary>
    private static XLWorkbook Open(byte[] file) => new(new MemoryStream(XlsxPictures.Strip(file)));

    private static object? Cell(IXLWorksheet sheet, string address) =>
        sheet.Cell(address) switch
        {
            var c when c.IsEmpty() => null,
            var c when c.DataType == XLDataType.Number => Math.Round(c.GetDouble(), 1),
            var c when c.DataType == XLDataType.DateTime => c.GetDateTime(),
            var c => c.GetString(),
        };

    [Fact]
    public void The_quarters_report_holds_each_indicator_against_its_target_and_the_quarter_before()
    {
        var (file, name) = Report(People.Admin, "quarter 2026-Q3");
        Assert.Equal("bao-cao-2026-Q3-toan-du-an.xlsx", name);
        using var book = Open(file);
        Assert.Equal(["Chỉ tiêu", "Công trình"], book.Worksheets.Take(2).Select(w => w.Name));
        var sheet = book.Worksheet(PeriodReport.IndicatorSheet);
        Assert.Equal("Báo cáo Quý 3/2026 — toàn dự án", Cell(sheet, "A1"));
        Assert.StartsWith(
            "Từ 01/07/2026 đến 30/09/2026 · toàn dự án · so với kỳ trước Quý 2/2026",
            (string)Cell(sheet, "A2")!
        );
        Assert.Equal(
            new object?[]
            {
                "Chỉ tiêu",
                "Đơn vị",
                "Mục tiêu",
                "Trong kỳ",
                "Kỳ trước",
                "Thay đổi",
                "Lũy kế từ đầu dự án",
                "% mục tiêu",
            },
            Enumerable.Range(1, 8).Select(c => Cell(sheet, $"{(char)('A' + c - 1)}4")).ToArray()
        );
        object?[] Row(int row) => Enumerable.Range(0, 8).Select(c => Cell(sheet, $"{(char)('A' + c)}{row}")).ToArray();
        // indicator, unit, target, quarter, quarter before, change, since the start (to 30/09), % of target
        Assert.Equal(new object?[] { "Cuộc họp, hội thảo, tập huấn", "cuộc", 80.0, 2.0, 0.0, 2.0, 2.0, 2.5 }, Row(5));
        Assert.Equal(
            new object?[] { "Lượt người tham dự", "người", T.NotTargeted, 50.0, 0.0, 50.0, 50.0, null },
            Row(6)
        );
        Assert.Equal(
            new object?[] { "Tỉ lệ phụ nữ tham dự", "%", T.NotTargeted, 44.0, null, null, 44.0, null },
            Row(7)
        );
        Assert.Equal(
            new object?[] { "Tỉ lệ người Mông tham dự", "%", T.NotTargeted, 36.0, null, null, 36.0, null },
            Row(8)
        );
        Assert.Equal(
            new object?[] { "Tỉ lệ người Thái tham dự", "%", T.NotTargeted, 60.0, null, null, 60.0, null },
            Row(9)
        );
        Assert.Equal(
            new object?[] { "Thành viên nòng cốt hoạt động", "người", 42.0, 2.0, 0.0, 2.0, 2.0, 4.8 },
            Row(10)
        );
        Assert.Equal(new object?[] { "Hộ tham gia mô hình", "hộ", 67.0, 4.0, 4.0, 0.0, 4.0, 6.0 }, Row(11));
        Assert.Equal(new object?[] { "Công trình hoàn thành", "công trình", 14.0, 0.0, 0.0, 0.0, 0.0, 0.0 }, Row(12));
        Assert.Equal(new object?[] { "Mô hình đang hoạt động", "mô hình", 5.0, 2.0, 0.0, 2.0, 2.0, 40.0 }, Row(13));
        Assert.Equal(
            new object?[]
            {
                "Doanh thu bán hàng",
                "đồng",
                T.NotTargeted,
                48_000_000.0,
                0.0,
                48_000_000.0,
                48_000_000.0,
                null,
            },
            Row(14)
        );
        Assert.Equal(
            new object?[] { "Ngày công đóng góp", "ngày công", T.NotTargeted, 30.0, 0.0, 30.0, 30.0, null },
            Row(15)
        );
        Assert.Equal(
            new object?[]
            {
                "Tiền đóng góp của cộng đồng",
                "đồng",
                T.NotTargeted,
                1_000_000.0,
                0.0,
                1_000_000.0,
                1_000_000.0,
                null,
            },
            Row(16)
        );
    }

    [Fact]
    public void Works_models_meetings_and_sales_each_have_their_sheet_and_the_charts_are_pictures()
    {
        var (file, _) = Report(People.Admin, "quarter 2026-Q3");
        using var book = Open(file);
        var works = book.Worksheet(PeriodReport.WorkSheet);
        var road = works
            .RowsUsed()
            .Single(r =>
                r.Cell(1).GetString() == fixture.RoadId.ToString(System.Globalization.CultureInfo.InvariantCulture)
            );
        Assert.Equal(
            ("Pá Khôm", "Đường sản xuất", "Hoàn thành", 40.0, 1.0, 30.0, 1_000_000.0),
            (
                road.Cell(2).GetString(),
                road.Cell(3).GetString(),
                road.Cell(12).GetString(),
                road.Cell(13).GetDouble(),
                road.Cell(14).GetDouble(),
                road.Cell(15).GetDouble(),
                road.Cell(16).GetDouble()
            )
        );
        var roadSheet = book.Worksheets.Single(w =>
            w.Name.StartsWith($"CT{fixture.RoadId} ", StringComparison.Ordinal)
        );
        Assert.Equal("BC-0007", Cell(roadSheet, "A5"));
        Assert.Equal(new DateTime(2026, 9, 10), Cell(roadSheet, "B5"));
        Assert.Equal(40.0, Cell(roadSheet, "C5"));
        Assert.Null(Cell(roadSheet, "A6")); // the 100 % report came in November, after the quarter

        var models = book.Worksheet(PeriodReport.ModelSheet);
        var cattle = models.RowsUsed().Single(r => r.Cell(1).GetString() == "cattle-pa-khom");
        Assert.Equal(
            (1.0, 1.0, 36_000_000.0, 36_000_000.0, 1.0, "có"),
            (
                cattle.Cell(4).GetDouble(),
                cattle.Cell(6).GetDouble(),
                cattle.Cell(7).GetDouble(),
                cattle.Cell(8).GetDouble(),
                cattle.Cell(11).GetDouble(),
                cattle.Cell(12).GetString()
            )
        );
        var cattleSales = book.Worksheets.Single(w => w.Name.StartsWith("MH Nuôi trâu bò", StringComparison.Ordinal));
        Assert.Equal(
            new object?[]
            {
                "BC-0005",
                new DateTime(2026, 9, 15),
                "Pá Khôm",
                null,
                "Bò",
                3.0,
                "con",
                12_000_000.0,
                36_000_000.0,
                "Thương lái",
            },
            Enumerable.Range(1, 10).Select(c => Cell(cattleSales, $"{(char)('A' + c - 1)}5")).ToArray()
        );

        var meetings = book.Worksheet(PeriodReport.MeetingSheet);
        // number, day, village, kind, topic, people, women, men, Mông, Thái, other groups
        Assert.Equal(
            new object?[]
            {
                "BC-0001",
                new DateTime(2026, 8, 10),
                "Thẩm Phé",
                "Họp bản",
                "Trồng dưa hấu",
                30.0,
                14.0,
                16.0,
                0.0,
                30.0,
                0.0,
            },
            Enumerable.Range(1, 11).Select(c => Cell(meetings, $"{(char)('A' + c - 1)}5")).ToArray()
        );
        Assert.Equal(
            new object?[] { 20.0, 8.0, 12.0, 18.0, 0.0, 2.0 },
            Enumerable.Range(6, 6).Select(c => Cell(meetings, $"{(char)('A' + c - 1)}6")).ToArray()
        );
        Assert.Null(Cell(meetings, "A7")); // the October meeting is in the next quarter

        var sales = book.Worksheet(PeriodReport.SaleSheet);
        Assert.Equal(
            new object?[] { "Nuôi trâu bò vỗ béo bản Pá Khôm", T.PeriodNoHousehold, 1.0, 36_000_000.0 },
            Enumerable.Range(1, 4).Select(c => Cell(sales, $"{(char)('A' + c - 1)}5")).ToArray()
        );
        Assert.Equal(
            new object?[] { "Trồng dưa hấu bản Thẩm Phé", T.PeriodNoHousehold, 1.0, 12_000_000.0 },
            Enumerable.Range(1, 4).Select(c => Cell(sales, $"{(char)('A' + c - 1)}6")).ToArray()
        );
        Assert.Equal(
            new object?[] { T.PeriodTotal, null, 2.0, 48_000_000.0 },
            Enumerable.Range(1, 4).Select(c => Cell(sales, $"{(char)('A' + c - 1)}7")).ToArray()
        );

        Assert.Equal(2, XlsxPictures.Count(file, PeriodReport.ChartSheet));
        foreach (var sheet in book.Worksheets)
        {
            Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
            Assert.Equal(1, sheet.PageSetup.PagesWide);
        }
    }

    [Fact]
    public void The_report_file_is_valid_Open_XML_so_Excel_opens_it_without_repairs()
    {
        var (file, _) = Report(People.Admin, "year 2026");
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        var errors = new OpenXmlValidator()
            .Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(10)));
    }

    [Fact]
    public void An_officer_gets_their_communes_report_only()
    {
        var (file, name) = Report(People.Hoa, "from 1/10 to 31/12");
        Assert.Equal("bao-cao-20261001-20261231-muong-kim.xlsx", name);
        using var book = Open(file);
        Assert.Equal(
            "Báo cáo 01/10/2026 – 31/12/2026 — xã Mường Kim",
            Cell(book.Worksheet(PeriodReport.IndicatorSheet), "A1")
        );
        var works = book.Worksheet(PeriodReport.WorkSheet).RowsUsed().Skip(3).Select(r => r.Cell(2).GetString());
        Assert.All(works, village => Assert.Contains(village, new[] { "Thẩm Phé", "Hàng" }));
        Assert.Equal(T.NotAllowed, Bot.Say(People.Hoa, "/report year 2026 pha mu").Single().Text);
        Assert.Equal(T.NotAllowed, Bot.Say(People.Lan, "/report year 2026").Single().Text);
    }

    [Theory]
    [InlineData("quarter 2026-Q3", "2026-07-01", "2026-09-30", "2026-04-01", "2026-06-30")]
    [InlineData("quy 1/2026", "2026-01-01", "2026-03-31", "2025-10-01", "2025-12-31")]
    [InlineData("Q4 2026", "2026-10-01", "2026-12-31", "2026-07-01", "2026-09-30")]
    [InlineData("year 2026", "2026-01-01", "2026-12-31", "2025-01-01", "2025-12-31")]
    [InlineData("năm 2025", "2025-01-01", "2025-12-31", "2024-01-01", "2024-12-31")]
    [InlineData("from 1/10 to 31/12", "2026-10-01", "2026-12-31", "2026-07-01", "2026-09-30")] // 92 days before
    [InlineData("từ 1/10/2025 đến 15/10/2025", "2025-10-01", "2025-10-15", "2025-09-16", "2025-09-30")]
    public void Periods_are_read_as_people_write_them_and_compared_with_the_one_before(
        string text,
        string from,
        string to,
        string previousFrom,
        string previousTo
    )
    {
        var period = Period.Parse(text, new DateOnly(2026, 11, 25))!;
        Assert.Equal(
            (
                DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
                DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)
            ),
            (period.From, period.To)
        );
        Assert.Equal(
            (
                DateOnly.Parse(previousFrom, System.Globalization.CultureInfo.InvariantCulture),
                DateOnly.Parse(previousTo, System.Globalization.CultureInfo.InvariantCulture)
            ),
            (period.Previous.From, period.Previous.To)
        );
    }

    [Theory]
    [InlineData("")]
    [InlineData("quarter 2026-Q5")]
    [InlineData("from 31/12 to 1/10")]
    [InlineData("hôm qua")]
    public void A_period_that_cannot_be_read_gets_the_usage(string text) =>
        Assert.Equal(T.ReportUsage, Bot.Say(People.Admin, $"/report {text}").Single().Text);
}
