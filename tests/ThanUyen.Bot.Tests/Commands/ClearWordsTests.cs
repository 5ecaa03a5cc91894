using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Commands;

/// <summary>Issue 15, "words people read": defects people met, each failing before its fix.</summary>
public sealed class ClearWordsTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private string Say(Person person, string text) => string.Join("\n", _bot.Say(person, text).Select(m => m.Text));

    [Fact]
    public void An_admin_from_the_settings_who_redeems_a_code_stays_an_admin_and_the_code_stays_unused()
    {
        var code = Say(People.Admin, "/invite member pa khom")
            .Split('\n')
            .Select(l => l.Trim())
            .First(InvitationCodes.LooksLikeCode);
        Say(People.Admin, $"/start {code}");
        Assert.Equal(Role.Admin, _bot.Stores.Members.FindByAddress(People.Admin.Address)!.Role);
        Say(People.Lan, $"/start {code}");
        Assert.Equal(Role.Member, _bot.Stores.Members.FindByAddress(People.Lan.Address)!.Role);
    }

    [Fact]
    public void Redemptions_and_role_changes_appear_in_the_audit_in_Vietnamese()
    {
        _bot.Register(People.Lan, Role.Member, "tham phe");
        var id = _bot.Stores.Members.FindByAddress(People.Lan.Address)!.Id;
        Say(People.Admin, $"/role #{id} officer muong kim");
        var audit = Say(People.Admin, "/audit");
        Assert.Contains("dùng mã mời", audit);
        Assert.Contains("đổi vai trò", audit);
        Assert.Contains(
            "Lò Thị Lan: thành viên nhóm nòng cốt (bản Thẩm Phé, xã Mường Kim) → cán bộ xã (xã Mường Kim)",
            audit
        );
        Assert.DoesNotContain("invite.", audit);
        Assert.DoesNotContain("Officer", audit);
    }

    [Fact]
    public void An_officers_help_does_not_offer_the_admins_model_add()
    {
        _bot.Register(People.Sung, Role.Officer, "pha mu");
        Assert.DoesNotContain("/model add", Say(People.Sung, "/help"));
        Assert.Contains("/model add", Say(People.Admin, "/help"));
    }

    [Fact]
    public void A_broadcast_that_reaches_nobody_says_so_instead_of_asking_to_confirm()
    {
        var reply = Say(People.Admin, "/broadcast officer Mai họp");
        Assert.Contains("0 người", reply);
        Assert.DoesNotContain("Gửi không?", reply);
        Assert.Equal(0, _bot.Db.Conversations.Count());
    }

    [Fact]
    public void An_officers_export_with_words_that_name_no_commune_gets_the_usage()
    {
        _bot.Register(People.Sung, Role.Officer, "pha mu");
        Assert.StartsWith("Cách dùng: /export", Say(People.Sung, "/export thang 11"));
        Assert.Equal("🔒 Bạn chỉ xem được xã Pha Mu.", Say(People.Sung, "/export muong kim"));
    }

    [Fact]
    public void Last_week_in_Vietnamese_works_wherever_last_does()
    {
        _bot.Register(People.Sung, Role.Officer, "pha mu");
        Assert.Contains("16/11–22/11/2026", Say(People.Sung, "/digest tuan truoc"));
        Assert.Contains("16/11–22/11/2026", Say(People.Sung, "/digest tuần trước"));
    }

    [Fact]
    public void A_unit_price_question_per_kilo_gives_examples_of_a_kilos_price()
    {
        _bot.Register(People.Chua, Role.Member, "pa khom");
        foreach (var answer in new[] { "/sale", "dua hau", "50 kg", "1" })
            Say(People.Chua, answer);
        var question = _bot.Db.Outbox.FindAll().Last(m => m.Chat == People.Chua.Address.ToString()).Text;
        Assert.StartsWith("💵 Giá mỗi kg bao nhiêu?", question);
        Assert.DoesNotContain("12tr", question);
    }
}
