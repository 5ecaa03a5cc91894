using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Commands;

public sealed class AdminCommandTests : IDisposable
{
    private readonly TestBot _bot = new();

    public AdminCommandTests()
    {
        _bot.Register(People.Lan, Role.Member, "tham phe");
        _bot.Register(People.Chua, Role.Member, "pa khom");
        _bot.Register(People.Hoa, Role.Officer, "muong kim");
    }

    public void Dispose() => _bot.Dispose();

    private string Admin(string text) => _bot.Say(People.Admin, text).Last().Text;

    private Member Lan => _bot.Stores.Members.FindByAddress(People.Lan.Address)!;

    [Fact]
    public void Members_lists_names_roles_villages_and_last_report_and_filters_by_place()
    {
        ReportSeeder.Sale(
            _bot.Stores,
            Lan,
            _bot.Clock.GetUtcNow().UtcDateTime.AddDays(-2),
            "cattle",
            1,
            "con",
            10_000_000
        );
        var all = Admin("/members");
        Assert.Contains(
            "Lò Thị Lan · thành viên nhóm nòng cốt · bản Thẩm Phé, xã Mường Kim · báo cáo gần nhất: cách đây 2 ngày",
            all
        );
        Assert.Contains("Giàng A Chua", all);
        var village = Admin("/members pa khom");
        Assert.Contains("Giàng A Chua", village);
        Assert.DoesNotContain("Lò Thị Lan", village);
    }

    [Fact]
    public void An_officer_sees_only_their_communes_people()
    {
        var list = _bot.Say(People.Hoa, "/members").Single().Text;
        Assert.Contains("Lò Thị Lan", list);
        Assert.DoesNotContain("Giàng A Chua", list);
        Assert.Equal(T.MemberNotFound, _bot.Say(People.Hoa, "/member Giàng A Chua").Single().Text);
        Assert.Contains("Lò Thị Lan", _bot.Say(People.Hoa, "/member lan").Single().Text);
    }

    [Fact]
    public void Role_changes_are_applied_and_audited_and_remove_keeps_reports()
    {
        ReportSeeder.Sale(_bot.Stores, Lan, _bot.Clock.GetUtcNow().UtcDateTime, "cattle", 1, "con", 10_000_000);
        Assert.Equal(T.RoleChanged("Lò Thị Lan", "cán bộ xã", "xã Pha Mu"), Admin($"/role #{Lan.Id} officer pha mu"));
        Assert.Equal((Role.Officer, "pha-mu"), (Lan.Role, Lan.CommuneId));
        Assert.Equal(T.MemberRemoved("Lò Thị Lan"), Admin("/remove Lò Thị Lan"));
        Assert.False(Lan.Active);
        Assert.Equal(T.NotRegistered, _bot.Say(People.Lan, "/menu").Single().Text);
        Assert.Equal(1, _bot.Db.Reports.Count());
        var audit = Admin("/audit 5");
        Assert.Contains("đổi vai trò", audit);
        Assert.Contains("ngừng người dùng", audit);
        Assert.DoesNotContain("member.", audit);
    }

    [Fact]
    public void Open_invitations_are_listed_and_a_revoked_code_no_longer_works()
    {
        var code = Admin("/invite member hang").Split('\n').Select(l => l.Trim()).First(InvitationCodes.LooksLikeCode);
        Assert.Contains(code, Admin("/invites"));
        Assert.Equal(T.CodeRevoked(code), Admin($"/revoke {code}"));
        Assert.DoesNotContain(code, Admin("/invites"));
        Assert.Equal(T.CodeUnknown, _bot.Say(People.Stranger, $"/start {code}").Single().Text);
    }

    [Fact]
    public void Sub_projects_can_be_added_listed_and_closed()
    {
        var added = Admin("/subproject add pa khom water Bể nước bản Pá Khôm");
        Assert.StartsWith("✅ Đã thêm công trình #", added);
        var id = _bot.Db.SubProjects.FindOne(s => s.Name == "Bể nước bản Pá Khôm").Id;
        Assert.Contains("Bể nước bản Pá Khôm (Pá Khôm) · chưa báo tiến độ", Admin("/subprojects pa khom"));
        Assert.Equal(T.SubProjectClosed("Bể nước bản Pá Khôm"), Admin($"/subproject close {id}"));
        Assert.False(_bot.Db.SubProjects.FindById(id).Active);
        Assert.Equal(T.SubProjectUsage, Admin("/subproject add nowhere road X"));
    }

    [Fact]
    public void Models_are_listed_and_admins_add_them()
    {
        Assert.Contains("Nuôi trâu bò vỗ béo bản Pá Khôm", _bot.Say(People.Hoa, "/models").Single().Text);
        Assert.Equal(T.ModelAdded("Nuôi dê", "Huổi Bắc"), Admin("/model add huoi bac Nuôi dê"));
        Assert.Equal(T.NotAllowed, _bot.Say(People.Hoa, "/model add hang Trồng ngô").Single().Text);
    }

    [Fact]
    public void Stats_count_people_reports_and_the_outbox()
    {
        ReportSeeder.Sale(_bot.Stores, Lan, _bot.Clock.GetUtcNow().UtcDateTime, "cattle", 1, "con", 10_000_000);
        var stats = Admin("/stats");
        Assert.Contains(T.StatsMembers(2, 1, 1, 0), stats);
        Assert.Contains(T.StatsReports("Bán hàng", 1, 1), stats);
        Assert.DoesNotContain("Sale", stats);
        Assert.Contains("Cơ sở dữ liệu", stats);
    }

    [Fact]
    public void A_broadcast_says_how_many_it_reaches_and_sends_only_after_confirmation()
    {
        var question = _bot.Say(People.Admin, "/broadcast muong kim Mai họp lúc 8 giờ").Single();
        Assert.Contains("2 người", question.Text); // Lan and Hoa
        Assert.Equal(0, _bot.Db.Outbox.Count(m => m.BroadcastId != null));
        Assert.Equal(T.BroadcastQueued(1, 2), _bot.Press(People.Admin, question.Choices[0].Data).Single().Text);
        var sent = _bot.Db.Outbox.Find(m => m.BroadcastId == 1).Select(m => m.Chat).Order().ToList();
        Assert.Equal(["telegram:2001", "telegram:3001"], sent);
        Assert.Equal(T.BroadcastUsage, Admin("/broadcast nowhere hello"));
    }
}
