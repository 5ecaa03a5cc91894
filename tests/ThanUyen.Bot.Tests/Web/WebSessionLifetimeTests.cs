using Microsoft.Extensions.Time.Testing;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Web;

/// <summary>How long links and sessions live, on the service's clock.</summary>
public sealed class WebSessionLifetimeTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
    private BotHost _host = null!;
    private WebWorld _world = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync(null, _folder.File("bot.db"), clock: _clock);
        _world = WebWorld.Seed(_host.Services, _clock.GetUtcNow().UtcDateTime);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    private string NewLink()
    {
        var stores = _host.Stores;
        var secret = stores.Writer.Write(() =>
            stores.WebSessions.CreateLink(_world.Hoa, _clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(15))
        );
        return $"/web/login/{secret}";
    }

    [Fact]
    public async Task A_link_opened_after_fifteen_minutes_has_expired_and_says_to_ask_the_bot_again()
    {
        var link = NewLink();
        using var browser = new WebVisitor(_host.Url);
        var token = await browser.TokenFrom(link);
        _clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        var late = await browser.Get(link);
        Assert.Equal(410, (int)late.StatusCode);
        var page = await late.Content.ReadAsStringAsync();
        Assert.Contains(T.WebLinkExpired, page, StringComparison.Ordinal);
        Assert.Contains(T.WebAskBotAgain, page, StringComparison.Ordinal);
        Assert.Equal(410, (int)(await browser.Post(link, token: token)).StatusCode);
        Assert.Equal(404, (int)(await browser.Get("/web/login/no-such-link-aaaaaaaaaaaaaaaaaaaa")).StatusCode);
    }

    [Fact]
    public async Task A_session_in_use_is_renewed_and_one_left_seven_days_ends()
    {
        using var browser = new WebVisitor(_host.Url);
        Assert.Equal(303, (int)(await browser.SignIn(NewLink())).StatusCode);
        var session = browser.Session()!;

        for (var week = 0; week < 3; week++)
        {
            _clock.Advance(TimeSpan.FromDays(6));
            var page = await browser.Get("/web/");
            Assert.Equal(200, (int)page.StatusCode);
            Assert.Contains(
                page.Headers.GetValues("Set-Cookie"),
                c => c.StartsWith("tu_phien=", StringComparison.Ordinal)
            );
        }
        var stored = _host.Stores.WebSessions.FindOpen(session, _clock.GetUtcNow().UtcDateTime)!;
        Assert.Equal(_clock.GetUtcNow().UtcDateTime.AddDays(7), stored.ExpiresAt);

        _clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        using var stale = new WebVisitor(_host.Url, session);
        Assert.Equal(401, (int)(await stale.Get("/web/")).StatusCode);
    }

    [Fact]
    public async Task Pages_within_the_hour_do_not_write_the_session_again()
    {
        var start = _clock.GetUtcNow().UtcDateTime;
        var secret = WebWorld.SessionFor(_host.Services, _world.Hoa, start);
        using var browser = new WebVisitor(_host.Url, secret);
        DateTime LastSeen() => _host.Stores.WebSessions.FindOpen(secret, _clock.GetUtcNow().UtcDateTime)!.LastSeenAt;

        _clock.Advance(TimeSpan.FromMinutes(59));
        for (var i = 0; i < 3; i++)
            Assert.Equal(200, (int)(await browser.Get("/web/reports")).StatusCode);
        Assert.Equal(start, LastSeen());
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(200, (int)(await browser.Get("/web/reports")).StatusCode);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, LastSeen());
    }
}
