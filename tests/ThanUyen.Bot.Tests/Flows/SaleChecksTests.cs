using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Flows;

/// <summary>Mistakes caught before a sale is saved: shown at the confirm step, never refused.</summary>
public sealed class SaleChecksTests : IDisposable
{
    private readonly TestBot _bot = new();

    public SaleChecksTests() => _bot.Register(People.Chua, Role.Member, "pa khom");

    public void Dispose() => _bot.Dispose();

    private string Confirm(string sentence)
    {
        _bot.Say(People.Chua, sentence);
        _bot.Say(People.Chua, "1"); // buyer
        return _bot.Say(People.Chua, "bo qua").Single().Text;
    }

    [Fact]
    public void A_price_far_from_what_this_village_usually_gets_is_shown_with_its_usual_range()
    {
        var lan = _bot.Stores.Members.FindByAddress(People.Chua.Address)!;
        var now = _bot.Clock.GetUtcNow().UtcDateTime.AddDays(-20);
        foreach (var total in new[] { 11_000_000m, 12_000_000m, 12_500_000m, 13_000_000m })
            ReportSeeder.Sale(_bot.Stores, lan, now, "cattle", 1, "con", total);
        // 40 triệu a head is inside the default range (10–60) but over three times this village's usual.
        var confirm = Confirm("ban bo 1 con 40 trieu hom nay");
        Assert.Contains("⚠️ 1 con bò — 40.000.000 ₫? Thường 11–13 triệu/con — vẫn lưu?", confirm);
        Assert.DoesNotContain(T.ConfirmQuestion, confirm);
        _bot.Say(People.Chua, "/huy");
        var usual = Confirm("ban bo 2 con 25 trieu hom nay");
        Assert.Contains("Giá mỗi con: 12.500.000 ₫", usual);
        Assert.DoesNotContain("⚠️", usual);
    }

    [Fact]
    public void The_same_sale_sent_twice_is_asked_about_but_another_amount_is_not()
    {
        Confirm("ban trau 2 con 30 trieu hom nay");
        _bot.Say(People.Chua, "luu");
        Assert.Contains("⚠️ Giống báo cáo BC-0001 ngày 25/11 — vẫn lưu?", Confirm("ban trau 2 con 30 trieu hom nay"));
        _bot.Say(People.Chua, "/huy");
        Assert.DoesNotContain("Giống báo cáo", Confirm("ban trau 2 con 32 trieu hom nay"));
        _bot.Say(People.Chua, "/huy");
        _bot.Clock.Advance(TimeSpan.FromDays(4));
        Assert.DoesNotContain("Giống báo cáo", Confirm("ban trau 2 con 30 trieu hom nay"));
    }
}
