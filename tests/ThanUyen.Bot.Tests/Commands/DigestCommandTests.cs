using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Commands;

public sealed class DigestCommandTests : IDisposable
{
    private readonly TestBot _bot = new();

    public DigestCommandTests()
    {
        _bot.Register(People.Hoa, Role.Officer, "muong kim");
        _bot.Register(People.Sung, Role.Officer, "pha mu");
        _bot.Register(People.Lan, Role.Member, "tham phe");
        ReportSeeder.Sale(
            _bot.Stores,
            _bot.Stores.Members.FindByAddress(People.Lan.Address)!,
            _bot.Clock.GetUtcNow().UtcDateTime,
            "honey",
            5,
            "lit",
            2_500_000
        );
    }

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void An_officer_pulls_this_weeks_digest_of_their_commune_with_the_chart()
    {
        var replies = _bot.Say(People.Hoa, "/digest");
        Assert.Contains("Xã Mường Kim", replies[0].Text);
        Assert.Contains("Mật ong: 5 lít — 2.500.000 ₫", replies[0].Text);
        Assert.NotNull(replies[1].PhotoBytes);
    }

    [Fact]
    public void Last_week_is_available_too()
    {
        var text = _bot.Say(People.Hoa, "/digest last")[0].Text;
        Assert.Contains("16/11–22/11/2026", text);
        Assert.DoesNotContain("Mật ong", text);
    }

    [Fact]
    public void An_officer_of_Pha_Mu_cannot_read_Muong_Kim_and_is_told_which_commune_they_may_see()
    {
        var reply = _bot.Say(People.Sung, "/digest muong kim").Single();
        Assert.Equal("🔒 Bạn chỉ xem được xã Pha Mu.", reply.Text);
        Assert.Equal(T.OnlyYourCommune("Pha Mu"), _bot.Say(People.Sung, "/digest atlantis").Single().Text);
        Assert.Equal(T.NotAllowed, _bot.Say(People.Sung, "/digest send pha mu").Single().Text);
    }

    [Fact]
    public void A_member_cannot_pull_digests()
    {
        Assert.Equal(T.NotAllowed, _bot.Say(People.Lan, "/digest").Single().Text);
    }

    [Fact]
    public void An_admin_reads_any_commune_and_pushes_it_to_its_officers()
    {
        Assert.Contains("Xã Pha Mu", _bot.Say(People.Admin, "/digest pha mu")[0].Text);
        var confirmation = _bot.Say(People.Admin, "/digest send muong kim").Last().Text;
        Assert.Equal(T.DigestQueued("Mường Kim", 1), confirmation);
        var pushed = _bot
            .Db.Outbox.Find(m => m.Chat == People.Hoa.Address.ToString() && m.Priority == OutboxPriority.Digest)
            .ToList();
        Assert.Equal(2, pushed.Count);
    }
}
