using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Hardening;

/// <summary>Issue 10, defect 5: roles are checked on every answer, and a role change ends open conversations.</summary>
public sealed class PermissionTests : IDisposable
{
    private readonly TestBot _bot = new();

    public PermissionTests()
    {
        _bot.Register(People.Hoa, Role.Admin, null);
        _bot.Register(People.Lan, Role.Member, "tham phe");
    }

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void An_admin_demoted_while_inviting_cannot_finish_the_invitation()
    {
        var first = _bot.Say(People.Hoa, "/invite").Single();
        Assert.Contains(first.Choices, c => c.Label.Contains("Thành viên", StringComparison.Ordinal));
        var hoa = _bot.Stores.Members.FindByAddress(People.Hoa.Address)!;
        _bot.Say(People.Admin, $"/role #{hoa.Id} officer muong kim");

        Assert.Contains(
            _bot.Db.Outbox.FindAll(),
            m => m.Chat == People.Hoa.Address.ToString() && m.Text == T.ConversationEndedByRoleChange
        );
        _bot.Say(People.Hoa, "1");
        _bot.Say(People.Hoa, "tham phe");
        Assert.Empty(_bot.Db.Invitations.Find(i => i.CreatedBy == hoa.Id));
        Assert.Null(_bot.Db.Conversations.FindById(People.Hoa.Address.ToString()));
    }

    [Fact]
    public void A_demoted_admin_cannot_send_a_broadcast_they_had_already_typed()
    {
        _bot.Say(People.Hoa, "/broadcast all Mai họp lúc 8 giờ");
        var hoa = _bot.Stores.Members.FindByAddress(People.Hoa.Address)!;
        hoa.Role = Role.Officer;
        hoa.CommuneId = "muong-kim";
        _bot.Writer.Write(() => _bot.Stores.Members.Save(hoa)); // changed behind the bot's back

        var replies = _bot.Say(People.Hoa, "gui");
        Assert.Equal(T.NoLongerAllowed("📣 Thông báo"), replies.Single().Text);
        Assert.Empty(_bot.Db.Broadcasts.FindAll());
        Assert.DoesNotContain(_bot.Db.Outbox.FindAll(), m => m.Priority == Core.Chat.OutboxPriority.Broadcast);
    }

    [Fact]
    public void Changing_a_members_role_ends_their_open_report_and_tells_them()
    {
        _bot.Say(People.Lan, "/sale");
        var lan = _bot.Stores.Members.FindByAddress(People.Lan.Address)!;
        var replies = _bot.Say(People.Admin, $"/role #{lan.Id} officer muong kim");

        Assert.Null(_bot.Db.Conversations.FindById(People.Lan.Address.ToString()));
        Assert.Contains(
            _bot.Db.Outbox.FindAll(),
            m => m.Chat == People.Lan.Address.ToString() && m.Text == T.ConversationEndedByRoleChange
        );
        Assert.Contains(replies, r => r.Chat == People.Admin.Address.ToString());
    }

    [Fact]
    public void Removing_a_member_ends_their_open_report_and_tells_them()
    {
        _bot.Say(People.Lan, "/meeting");
        var lan = _bot.Stores.Members.FindByAddress(People.Lan.Address)!;
        _bot.Say(People.Admin, $"/remove #{lan.Id}");
        Assert.Null(_bot.Db.Conversations.FindById(People.Lan.Address.ToString()));
        Assert.Contains(
            _bot.Db.Outbox.FindAll(),
            m => m.Chat == People.Lan.Address.ToString() && m.Text == T.ConversationEndedByRoleChange
        );
    }
}
