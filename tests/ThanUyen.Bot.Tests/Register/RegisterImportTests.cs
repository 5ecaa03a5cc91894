using ClosedXML.Excel;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Register;
using ThanUyen.Bot.Core.Register.Import;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Register;

/// <summary>The register spreadsheet: template out, filled file in, checked, shown, applied on confirm.</summary>
public sealed class RegisterImportTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private byte[] Template() => RegisterTemplate.Write(_bot.Stores);

    private int Works => _bot.Db.SubProjects.Count();
    private int Households => _bot.Db.Households.Count();

    /// <summary>Two new works, a model's targets, two households, two targets: what an admin fills in.</summary>
    private byte[] FilledRegister() =>
        SentFiles.Edit(
            Template(),
            book =>
            {
                var works = book.Worksheet(RegisterSheets.Works);
                works.Row(
                    3,
                    "",
                    "Thẩm Phé",
                    "Đường sản xuất",
                    "Mở rộng đường nội đồng Thẩm Phé",
                    1.2m,
                    "km",
                    150_000_000,
                    30_000_000,
                    0,
                    new DateTime(2024, 3, 15),
                    new DateTime(2024, 6, 30),
                    "Đang làm"
                );
                works.Row(
                    4,
                    "",
                    "pa khom",
                    "Cột điện năng lượng mặt trời",
                    "Cột điện mặt trời Pá Khôm",
                    40,
                    "cột",
                    "120.000.000",
                    null,
                    null,
                    "01/04/2024",
                    null,
                    "Hoàn thành"
                );
                var models = book.Worksheet(RegisterSheets.Models);
                var cattle = models.RowsUsed().First(r => r.Cell(1).GetString() == "cattle-pa-khom").RowNumber();
                models.Cell(cattle, 6).Value = 15;
                models.Cell(cattle, 9).Value = 300_000_000;
                var households = book.Worksheet(RegisterSheets.Households);
                households.Row(
                    3,
                    "",
                    "Pá Khôm",
                    "Giàng A Pó",
                    "Mông",
                    "không",
                    "Nuôi trâu bò vỗ béo bản Pá Khôm",
                    "có"
                );
                households.Row(4, "", "Pá Khôm", "Sùng Thị Dợ", "mong", "có", "cattle-pa-khom", null);
                var targets = book.Worksheet(RegisterSheets.Targets);
                var participants = targets.RowsUsed().First(r => r.Cell(2).GetString() == "Lượt người tham dự");
                participants.Cell(4).Value = 1500;
                targets.Row(targets.LastRowUsed()!.RowNumber() + 1, "", "Tỉ lệ phụ nữ tham dự", "Pha Mu", 50);
            }
        );

    [Fact]
    public void An_admin_loads_the_register_from_one_spreadsheet_and_sees_what_changes_before_it_is_applied()
    {
        var template = _bot.Say(People.Admin, "/register template").Single();
        Assert.EndsWith(".xlsx", template.DocumentName);
        Assert.NotNull(template.DocumentBytes);
        var works = Works;

        var file = FilledRegister();
        var shown = _bot.SendFile(People.Admin, file).Single();
        Assert.Contains("Công trình: 2 thêm, 0 sửa", shown.Text);
        Assert.Contains("Mô hình: 0 thêm, 1 sửa", shown.Text);
        Assert.Contains("Hộ: 2 thêm, 0 sửa", shown.Text);
        Assert.Contains("Chỉ tiêu: 2 thêm, 0 sửa", shown.Text);
        Assert.Contains(
            "✏️ Mô hình Nuôi trâu bò vỗ béo bản Pá Khôm: Số hộ mục tiêu, Doanh thu mục tiêu (đồng)",
            shown.Text
        );
        Assert.Equal(works, Works); // nothing yet: shown first

        var done = _bot.Press(People.Admin, shown.Choices.First(c => c.Label == T.RegisterApply).Data).Single();
        Assert.Equal(T.RegisterImported(6, 1), done.Text);
        var road = _bot.Db.SubProjects.FindOne(w => w.Name == "Mở rộng đường nội đồng Thẩm Phé");
        Assert.Equal(
            (1.2m, "km", 150_000_000m, 30_000_000m, 0m, new DateTime(2024, 3, 15), WorkStatus.UnderWay),
            (
                road.Target,
                road.TargetUnit,
                road.BudgetProject,
                road.BudgetCommunity,
                road.BudgetCommune,
                road.StartDate,
                road.Status
            )
        );
        var poles = _bot.Db.SubProjects.FindOne(w => w.Name == "Cột điện mặt trời Pá Khôm");
        Assert.Equal(
            ("pa-khom", "solar-light", 120_000_000m, WorkStatus.Finished, new DateTime(2026, 11, 25)),
            (poles.VillageId, poles.TypeId, poles.BudgetProject, poles.Status, poles.FinishedOn)
        );
        var cattle = _bot.Db.Models.FindById("cattle-pa-khom");
        Assert.Equal((15, 300_000_000m), (cattle.TargetHouseholds, cattle.TargetRevenue));
        var dợ = _bot.Db.Households.FindOne(h => h.Name == "Sùng Thị Dợ");
        Assert.Equal(
            ("Mông", true, true, "cattle-pa-khom"),
            (dợ.Ethnicity, dợ.WomanHeaded, dợ.Confirmed, dợ.ModelIds.Single())
        );
        Assert.Equal(1500m, _bot.Stores.Register.Target(Indicator.Participants, null));
        Assert.Equal(50m, _bot.Stores.Register.Target(Indicator.WomenShare, "pha-mu"));
        Assert.Equal(7, _bot.Stores.Audit.Latest(50).Count(a => a.Action == "register.import"));

        // The same file again changes nothing, and says so.
        Assert.Equal(T.RegisterChanges([], 25), _bot.SendFile(People.Admin, file).Single().Text);
        // And the template made now holds what was loaded: sent back as it is, it changes nothing either.
        Assert.Equal(T.RegisterChanges([], 25), _bot.SendFile(People.Admin, Template()).Single().Text);
    }

    [Fact]
    public void The_template_sent_back_unchanged_changes_nothing_and_its_example_rows_are_ignored()
    {
        var reply = _bot.SendFile(People.Admin, Template()).Single();
        Assert.Equal(T.RegisterChanges([], 25), reply.Text);
    }

    public static TheoryData<string, string> Mistakes() =>
        new()
        {
            { "wrong type", "Trang «Công trình», dòng 3, cột C (Loại): \"Cầu treo\" không có trong danh sách" },
            { "unknown village", "Trang «Công trình», dòng 3, cột B (Bản): không có bản \"Nậm Sỏ\"" },
            { "negative target", "Trang «Công trình», dòng 3, cột E (Mục tiêu): số âm" },
            { "duplicate name", "Trang «Công trình», dòng 4, cột D (Tên công trình): trùng tên với dòng 3" },
            { "missing column", "Trang «Công trình», dòng 1: thiếu cột \"Tên công trình\"" },
            { "formula", "Trang «Công trình», dòng 3, cột E (Mục tiêu): ô có công thức (=2*3)" },
            { "formula in money", "Trang «Mô hình», dòng 4, cột I (Doanh thu mục tiêu (đồng)): ô có công thức" },
        };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_file_with_a_mistake_is_refused_with_where_it_is_and_nothing_is_half_imported(
        string mistake,
        string error
    )
    {
        var file = SentFiles.Edit(
            FilledRegister(),
            book =>
            {
                var works = book.Worksheet(RegisterSheets.Works);
                switch (mistake)
                {
                    case "wrong type":
                        works.Cell(3, 3).Value = "Cầu treo";
                        break;
                    case "unknown village":
                        works.Cell(3, 2).Value = "Nậm Sỏ";
                        break;
                    case "negative target":
                        works.Cell(3, 5).Value = -3;
                        break;
                    case "duplicate name":
                        works.Cell(4, 4).Value = " mở rộng đường nội đồng THẨM PHÉ";
                        break;
                    case "missing column":
                        works.Cell(1, 4).Clear();
                        break;
                    case "formula":
                        works.Cell(3, 5).FormulaA1 = "2*3";
                        break;
                    default:
                        book.Worksheet(RegisterSheets.Models).Cell(4, 9).FormulaA1 = "B4*1000";
                        break;
                }
            }
        );
        var (works, households, targets) = (Works, Households, _bot.Db.Targets.Count());

        var reply = _bot.SendFile(People.Admin, file).Single();

        Assert.StartsWith("❌ Tệp có 1 lỗi, chưa nhập gì cả.", reply.Text);
        Assert.Contains(error, reply.Text);
        Assert.Empty(reply.Choices);
        Assert.Equal((works, households, targets), (Works, Households, _bot.Db.Targets.Count()));
        Assert.Null(_bot.Stores.Conversations.Find(People.Admin.Address.ToString()));
    }

    [Fact]
    public void Every_mistake_in_a_file_is_listed_at_once()
    {
        var file = SentFiles.Edit(
            FilledRegister(),
            book =>
            {
                book.Worksheet(RegisterSheets.Works).Cell(3, 12).Value = "Sắp làm";
                book.Worksheet(RegisterSheets.Households).Cell(4, 5).Value = "hình như có";
                book.Worksheet(RegisterSheets.Targets).Cell(3, 4).Value = "tám mươi";
            }
        );
        var reply = _bot.SendFile(People.Admin, file).Single().Text;
        Assert.StartsWith("❌ Tệp có 3 lỗi", reply);
        Assert.Contains("Trang «Công trình», dòng 3, cột L (Tình trạng)", reply);
        Assert.Contains("Trang «Hộ», dòng 4, cột E (Chủ hộ là phụ nữ)", reply);
        Assert.Contains("Trang «Chỉ tiêu», dòng 3, cột D (Mục tiêu): \"tám mươi\" không phải là số", reply);
    }

    [Fact]
    public void A_ten_megabyte_file_is_refused_before_it_is_read()
    {
        var big = new byte[10 * 1024 * 1024];
        var announced = _bot.Send(
                People.Admin,
                MessageKind.Document,
                m => m with { DocumentFileId = "BQACAgIAAx", DocumentSize = big.Length }
            )
            .Single();
        Assert.Equal(T.RegisterTooBig(big.Length, 5 * 1024 * 1024), announced.Text);
        Assert.Contains("10 MB", announced.Text);
        var read = RegisterReader.Read(big, _bot.Stores, 5 * 1024 * 1024, new DateOnly(2026, 11, 25));
        Assert.Equal(T.RegisterTooBig(big.Length, 5 * 1024 * 1024), Assert.Single(read.Errors).Problem);
    }

    [Theory]
    [InlineData("a text file")]
    [InlineData("a zip that is not a workbook")]
    public void A_file_that_is_not_a_spreadsheet_is_refused_in_plain_words(string what)
    {
        var bytes = what == "a text file" ? "Giàng A Pó, Pá Khôm"u8.ToArray() : Zip();
        Assert.Equal(T.RegisterNotXlsx, _bot.SendFile(People.Admin, bytes, "so.xlsx").Single().Text);

        static byte[] Zip()
        {
            using var stream = new MemoryStream();
            using (
                var zip = new System.IO.Compression.ZipArchive(
                    stream,
                    System.IO.Compression.ZipArchiveMode.Create,
                    true
                )
            )
                zip.CreateEntry("hello.txt");
            return stream.ToArray();
        }
    }

    [Fact]
    public void A_picture_in_the_file_does_not_stop_the_import()
    {
        var png = Core.Register.Progress.ProjectChart.Render("x", [new(Indicator.Find("meetings")!, 80, 8)])!;
        var file = XlsxPictures.Embed(FilledRegister(), RegisterSheets.Works, [(png, 300, 200)]);
        Assert.Equal(1, XlsxPictures.Count(file, RegisterSheets.Works));
        Assert.Contains("Công trình: 2 thêm", _bot.SendFile(People.Admin, file).Single().Text);
    }

    [Fact]
    public void A_member_or_an_officer_sending_a_file_is_not_importing_anything()
    {
        _bot.Register(People.Lan, Role.Member, "tham phe");
        _bot.Register(People.Hoa, Role.Officer, "muong kim");
        var households = Households;
        foreach (var person in new[] { People.Lan, People.Hoa })
            Assert.Equal(T.NothingOpenForAttachment, _bot.SendFile(person, FilledRegister()).Single().Text);
        Assert.Equal(households, Households);
    }

    [Fact]
    public void A_file_sent_in_the_middle_of_a_report_leaves_the_report_alone_and_a_second_file_replaces_the_first()
    {
        _bot.Say(People.Admin, "/sale");
        Assert.Equal(T.RegisterFinishOpenFirst, _bot.SendFile(People.Admin, FilledRegister()).First().Text);
        Assert.Equal("sale", _bot.Stores.Conversations.Find(People.Admin.Address.ToString())!.FlowId);
        _bot.Say(People.Admin, "/cancel");

        _bot.SendFile(People.Admin, FilledRegister());
        var second = SentFiles.Edit(FilledRegister(), book => book.Worksheet(RegisterSheets.Works).Row(4).Clear());
        var shown = _bot.SendFile(People.Admin, second).Single();
        Assert.Contains("Công trình: 1 thêm", shown.Text);
        _bot.Say(People.Admin, "1"); // ✅ Nhập vào sổ
        Assert.Null(_bot.Db.SubProjects.FindOne(w => w.Name == "Cột điện mặt trời Pá Khôm"));
        Assert.NotNull(_bot.Db.SubProjects.FindOne(w => w.Name == "Mở rộng đường nội đồng Thẩm Phé"));
    }
}
