using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Commands;

public sealed class InvitationTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private string Invite(string args) =>
        _bot.Say(People.Admin, $"/invite {args}")
            .Single()
            .Text.Split('\n')
            .Select(l => l.Trim())
            .First(InvitationCodes.LooksLikeCode);

    [Fact]
    public void An_admin_invites_a_member_by_a_village_typed_without_diacritics_and_the_person_registers_with_the_code()
    {
        var reply = _bot.Say(People.Admin, "/invite member THAM PHE").Single().Text;
        Assert.Contains("Thẩm Phé", reply);
        Assert.Contains("Mường Kim", reply);
        var code = Invite("member tham phe");

        var welcome = _bot.Say(People.Lan, $"/start {code}").Single();

        Assert.Contains("Lò Thị Lan", welcome.Text);
        Assert.Contains("thành viên", welcome.Text);
        Assert.Contains("bản Thẩm Phé", welcome.Text);
        var member = _bot.Stores.Members.FindByAddress(People.Lan.Address)!;
        Assert.Equal((Role.Member, "tham-phe", "muong-kim"), (member.Role, member.VillageId, member.CommuneId));
    }

    [Fact]
    public void An_officer_invitation_binds_the_person_to_the_commune()
    {
        var code = Invite("can bo xa pha mu");
        Assert.Contains("xã Pha Mu", _bot.Say(People.Sung, $"/start {code}").Single().Text);
        var member = _bot.Stores.Members.FindByAddress(People.Sung.Address)!;
        Assert.Equal((Role.Officer, "pha-mu", (string?)null), (member.Role, member.CommuneId, member.VillageId));
    }

    [Fact]
    public void A_code_works_once_and_a_second_person_is_told_it_was_used()
    {
        var code = Invite("member hang");
        _bot.Say(People.Lan, $"/start {code}");
        var reply = _bot.Say(People.Chua, $"/start {code}").Single().Text;
        Assert.Equal(T.CodeUsed, reply);
        Assert.Null(_bot.Stores.Members.FindByAddress(People.Chua.Address));
    }

    [Fact]
    public void An_expired_code_is_refused_with_its_own_message()
    {
        var code = Invite("member hang");
        _bot.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.Equal(T.CodeExpired, _bot.Say(People.Lan, $"/start {code}").Single().Text);
        Assert.Null(_bot.Stores.Members.FindByAddress(People.Lan.Address));
    }

    [Fact]
    public void Start_without_a_code_and_with_an_unknown_code_each_say_what_to_do()
    {
        Assert.Equal(T.StartNoCode, _bot.Say(People.Stranger, "/start").Single().Text);
        Assert.Equal(T.CodeUnknown, _bot.Say(People.Stranger, "/start ZZZZ2222").Single().Text);
        Assert.Equal(T.CodeUnknown, _bot.Say(People.Stranger, "/start ' OR 1=1 --").Single().Text);
    }

    [Fact]
    public void On_Zalo_a_person_can_just_send_the_code()
    {
        var code = Invite("member huoi bac");
        var reply = _bot.Say(People.ZaloMai, code.ToLowerInvariant()).Single().Text;
        Assert.Contains("Huổi Bắc", reply);
    }

    [Fact]
    public void Invite_without_arguments_asks_the_role_then_the_place_with_buttons()
    {
        var roleQuestion = _bot.Say(People.Admin, "/invite").Single();
        Assert.Equal(3, roleQuestion.Choices.Count);
        var placeQuestion = _bot.Press(People.Admin, roleQuestion.Choices[1].Data).Single();
        Assert.Equal(T.AskInviteCommune, placeQuestion.Text);
        Assert.Equal(["🏛️ Mường Kim", "🏛️ Pha Mu"], placeQuestion.Choices.Select(c => c.Label));
        var created = _bot.Say(People.Admin, "pha mu").Single().Text;
        Assert.Contains("cán bộ xã — xã Pha Mu", created);
    }

    [Fact]
    public void An_admin_invitation_needs_no_place()
    {
        var reply = _bot.Say(People.Admin, "/invite admin").Single().Text;
        Assert.Contains("quản trị viên", reply);
    }

    [Fact]
    public void Invite_with_an_unknown_village_lists_the_villages()
    {
        var reply = _bot.Say(People.Admin, "/invite member Ha Noi").Single().Text;
        Assert.Contains("Thẩm Phé", reply);
        Assert.Equal(0, _bot.Db.Invitations.Count());
    }

    [Fact]
    public void Only_admins_can_invite()
    {
        _bot.Register(People.Hoa, Role.Officer, "muong kim");
        Assert.Equal(T.NotAllowed, _bot.Say(People.Hoa, "/invite member hang").Single().Text);
    }

    [Fact]
    public void The_inviter_hears_when_the_person_joins()
    {
        var code = Invite("member pa khom");
        var before = _bot.Db.Outbox.Count();
        _bot.Say(People.Chua, $"/start {code}");
        var toAdmin = _bot.Db.Outbox.Find(m => m.Chat == People.Admin.Address.ToString()).MaxBy(m => m.Id)!;
        Assert.Contains("Giàng A Chua", toAdmin.Text);
        Assert.True(_bot.Db.Outbox.Count() > before);
    }
}
