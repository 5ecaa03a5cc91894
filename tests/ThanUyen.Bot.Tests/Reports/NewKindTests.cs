using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reports.Export;
using ThanUyen.Bot.Tests.Infra;
using ThanUyen.Bot.Tests.Reports.Kinds.Incident;

namespace ThanUyen.Bot.Tests.Reports;

/// <summary>
/// Issue 11, point 1: a report kind lives in one place. A fourth kind, defined only in this test project
/// (Reports/Kinds/Incident/) and registered with one line, shows up in /my, /edit, exports and the digest.
/// </summary>
public sealed class NewKindTests : IDisposable
{
    private readonly TestBot _bot = new(configure: s => s.AddReportKind<IncidentKind, IncidentReportFlow>());

    public NewKindTests() => _bot.Register(People.Lan, Role.Member, "tham phe");

    public void Dispose() => _bot.Dispose();

    private void FileIncident()
    {
        _bot.Say(People.Lan, "/suco");
        _bot.Say(People.Lan, "Sạt lở đường lên nương");
        _bot.Say(People.Lan, "4");
        Assert.Contains("BC-0001", _bot.Say(People.Lan, "luu").Single().Text);
    }

    [Fact]
    public void A_test_only_kind_is_filed_listed_in_my_reports_and_edited()
    {
        FileIncident();
        Assert.Contains("⚠️ Sạt lở đường lên nương — 4 hộ", _bot.Say(People.Lan, "/my").Single().Text);

        var confirm = _bot.Say(People.Lan, "/edit BC-0001").Single();
        Assert.Contains("⚠️ Sự cố — BC-0001", confirm.Text);
        _bot.Say(People.Lan, "sua");
        _bot.Say(People.Lan, "2"); // the second field: households
        _bot.Say(People.Lan, "6");
        Assert.Contains("BC-0001", _bot.Say(People.Lan, "luu").Single().Text);
        Assert.Equal(6, _bot.Db.Reports.FindAll().Single().FactsAs<IncidentFacts>()!.Households);
    }

    [Fact]
    public void A_test_only_kind_has_its_own_export_sheet_and_digest_section()
    {
        FileIncident();
        var data = ExportData.Load(_bot.Stores, TimeZoneInfo.Utc, null, null, null);
        using var workbook = new XLWorkbook(
            new MemoryStream(XlsxExport.Write(data, _bot.Services.GetRequiredService<ExportSheets>()))
        );
        var sheet = workbook.Worksheet("Sự cố");
        Assert.Equal("BC-0001", sheet.Cell(2, 1).GetString());
        Assert.Equal(4, sheet.Cell(2, 7).GetValue<int>());

        var digests = _bot.Services.GetRequiredService<DigestService>();
        var week = WeekRange.Containing(
            _bot.Clock.GetUtcNow().UtcDateTime,
            TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")
        );
        var text = digests.Build(_bot.Stores.Catalogue.Commune("muong-kim")!, week).Text;
        Assert.Contains("⚠️ Sự cố: 1 (4 hộ bị ảnh hưởng)", text);
        Assert.Contains("BC-0001 Thẩm Phé: Sạt lở đường lên nương", text);
    }
}
