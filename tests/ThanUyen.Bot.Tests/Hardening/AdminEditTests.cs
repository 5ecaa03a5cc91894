using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Reports.Export;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Hardening;

/// <summary>Issue 10, defect 4: an admin's /edit must not strip a member's report from its commune.</summary>
public sealed class AdminEditTests : IDisposable
{
    private readonly TestBot _bot = new();

    public AdminEditTests() => _bot.Register(People.Chua, Role.Member, "pa khom");

    public void Dispose() => _bot.Dispose();

    private void FileSale()
    {
        foreach (var answer in new[] { "/sale", "bo", "2 con", "1", "12tr", "1", "hom nay", "bo qua", "luu" })
            _bot.Say(People.Chua, answer);
    }

    [Fact]
    public void An_admin_who_edits_a_members_report_and_saves_it_unchanged_keeps_it_in_its_commune()
    {
        FileSale();
        var confirm = _bot.Say(People.Admin, "/edit BC-0001").Single();
        Assert.Contains("Pá Khôm", confirm.Text); // the place shows, and can be changed by an admin
        var saved = _bot.Say(People.Admin, "luu").Single();
        Assert.Contains("BC-0001", saved.Text);

        var report = _bot.Db.Reports.FindAll().Single();
        Assert.Equal(("pa-khom", "pha-mu"), (report.VillageId, report.CommuneId));
        var digests = _bot.Services.GetService(typeof(DigestService)) as DigestService;
        var week = WeekRange.Containing(
            _bot.Clock.GetUtcNow().UtcDateTime,
            TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")
        );
        var digest = digests!.Build(_bot.Stores.Catalogue.Commune("pha-mu")!, week);
        Assert.Contains("24.000.000 ₫", digest.Text);
        var export = ExportData.Load(_bot.Stores, TimeZoneInfo.Utc, null, null, "pha-mu");
        Assert.Single(export.Reports);
        Assert.DoesNotContain(_bot.Db.Audit.FindAll(), a => a.Action == "report.place");
    }

    [Fact]
    public void An_admin_who_moves_a_report_to_another_village_leaves_that_change_in_the_audit_log()
    {
        FileSale();
        _bot.Say(People.Admin, "/edit BC-0001");
        _bot.Say(People.Admin, "sua");
        _bot.Say(People.Admin, "Bản");
        _bot.Say(People.Admin, "huoi bac");
        _bot.Say(People.Admin, "luu");

        var report = _bot.Db.Reports.FindAll().Single();
        Assert.Equal(("huoi-bac", "pha-mu"), (report.VillageId, report.CommuneId));
        Assert.Contains(
            _bot.Db.Audit.FindAll(),
            a => a.Action == "report.place" && a.Details == "Pá Khôm → Huổi Bắc" && a.Subject == "BC-0001"
        );
    }
}
