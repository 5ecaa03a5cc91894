using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Web;

/// <summary>Every way a web session ends: the button, /web logout, /role and /remove, an admin.</summary>
public sealed class WebSessionEndTests
{
    [Fact]
    public async Task The_sign_out_button_and_web_logout_in_chat_each_end_the_session()
    {
        await using var site = await ChatWebSite.StartAsync();
        using var first = await site.SignedIn(People.Hoa);
        var signedOut = await first.Post("/web/logout", token: await first.TokenFrom("/web/"));
        Assert.Equal(303, (int)signedOut.StatusCode);
        Assert.Equal("/web/signed-out", signedOut.Headers.Location?.ToString());
        Assert.Equal(401, (int)(await first.Get("/web/")).StatusCode);

        using var second = await site.SignedIn(People.Hoa);
        Assert.Equal(T.WebLoggedOut(1), await site.Say(People.Hoa, "/web logout"));
        var refused = await second.Get("/web/reports");
        Assert.Equal(401, (int)refused.StatusCode);
        Assert.Contains(T.WebAskBotAgain, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_an_officers_role_or_removing_them_ends_their_web_session_at_once()
    {
        await using var site = await ChatWebSite.StartAsync();
        using var hoa = await site.SignedIn(People.Hoa);
        using var sung = await site.SignedIn(People.Sung);

        await site.Say(People.Admin, $"/role #{site.World.Hoa.Id} officer pha mu");
        await site.Say(People.Admin, $"/remove #{site.World.Sung.Id}");

        Assert.Equal(401, (int)(await hoa.Get("/web/")).StatusCode);
        Assert.Equal(401, (int)(await sung.Get("/web/")).StatusCode);
        Assert.All(site.Host.Db.WebSessions.FindAll(), s => Assert.NotNull(s.EndedAt));
    }

    [Fact]
    public async Task An_admin_lists_open_sessions_and_ends_a_persons_from_chat_and_from_the_page()
    {
        await using var site = await ChatWebSite.StartAsync();
        using var hoa = await site.SignedIn(People.Hoa);
        using var sung = await site.SignedIn(People.Sung);
        using var admin = await site.SignedIn(People.Admin);

        var list = await site.Say(People.Admin, "/web sessions");
        Assert.Contains(People.Hoa.Name, list, StringComparison.Ordinal);
        Assert.Contains(People.Sung.Name, list, StringComparison.Ordinal);
        Assert.Equal(
            T.WebSessionsEnded(People.Hoa.Name, 1),
            await site.Say(People.Admin, $"/web end #{site.World.Hoa.Id}")
        );
        Assert.Equal(401, (int)(await hoa.Get("/web/")).StatusCode);

        var page = await admin.Text("/web/sessions");
        Assert.DoesNotContain(People.Hoa.Name, page, StringComparison.Ordinal);
        var id = site.Host.Db.WebSessions.FindOne(s => s.MemberId == site.World.Sung.Id).Id;
        var ended = await admin.Post($"/web/sessions/{id}/end", token: await admin.TokenFrom("/web/sessions"));
        Assert.Equal(303, (int)ended.StatusCode);
        Assert.Equal(401, (int)(await sung.Get("/web/")).StatusCode);
        Assert.Equal(T.NotAllowed, await site.Say(People.Hoa, "/web sessions"));
    }
}
