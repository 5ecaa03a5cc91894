using System.Security.Cryptography;
using System.Text;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Web;

/// <summary>Signing in to the web view with the one-time link /web sends, and every way a session ends.</summary>
public sealed class WebSignInTests
{
    [Fact]
    public async Task An_officer_signs_in_with_the_link_from_chat_and_gets_a_strict_HttpOnly_seven_day_cookie()
    {
        await using var site = await ChatWebSite.StartAsync();
        var link = await site.LinkFor(People.Hoa);
        var path = new Uri(link).AbsolutePath;
        using var browser = new WebVisitor(site.Host.Url);

        // Opening the link (as a chat app's preview does) uses nothing up.
        Assert.Equal(200, (int)(await browser.Get(path)).StatusCode);
        var response = await browser.SignIn(link);

        Assert.Equal(303, (int)response.StatusCode);
        Assert.Equal("/web/", response.Headers.Location?.ToString());
        var cookie = response
            .Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith("tu_phien=", StringComparison.Ordinal));
        foreach (var part in new[] { "httponly", "samesite=strict", "path=/web" })
            Assert.Contains(part, cookie, StringComparison.OrdinalIgnoreCase);
        var expires = DateTimeOffset.Parse(
            cookie.Split("expires=")[1].Split(';')[0],
            System.Globalization.CultureInfo.InvariantCulture
        );
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromDays(6.9), TimeSpan.FromDays(7.1));
        using var signedIn = new WebVisitor(site.Host.Url, ChatWebSite.SessionFrom(response));
        Assert.Contains(People.Hoa.Name, await signedIn.Text("/web/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_https_public_address_the_session_and_anti_forgery_cookies_are_Secure()
    {
        await using var site = await ChatWebSite.StartAsync(new() { ["Web:PublicBaseUrl"] = "https://bot.example.vn" });
        var path = new Uri(await site.LinkFor(People.Hoa)).AbsolutePath;
        // A client that keeps no cookies: over plain HTTP to the loopback port it must hand Secure ones back itself.
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(site.Host.Url),
        };
        var page = await http.GetAsync(path);
        var antiforgery = page
            .Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith("tu_af=", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        var token = System.Text.RegularExpressions.Regex.Match(
            await page.Content.ReadAsStringAsync(),
            "name=\"__af\" value=\"([^\"]+)\""
        );
        using var post = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(
                new Dictionary<string, string> { ["__af"] = System.Net.WebUtility.HtmlDecode(token.Groups[1].Value) }
            ),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var signedIn = await http.SendAsync(post);

        Assert.Equal(303, (int)signedIn.StatusCode);
        var session = signedIn
            .Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith("tu_phien=", StringComparison.Ordinal));
        foreach (var part in new[] { "secure", "httponly", "samesite=strict", "path=/web" })
            Assert.Contains(part, session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Links_and_sessions_are_kept_only_as_hashes_of_256_bit_secrets()
    {
        await using var site = await ChatWebSite.StartAsync();
        var link = await site.LinkFor(People.Hoa);
        var secret = link.Split('/')[^1];
        using var browser = new WebVisitor(site.Host.Url);
        var session = ChatWebSite.SessionFrom(await browser.SignIn(link));

        Assert.True(Convert.FromBase64String(secret.Replace('-', '+').Replace('_', '/') + "=").Length >= 32);
        Assert.Equal(Sha256(secret), Assert.Single(site.Host.Db.WebLinks.FindAll()).Id);
        Assert.Equal(Sha256(session), Assert.Single(site.Host.Db.WebSessions.FindAll()).SecretHash);
        var everything =
            string.Join('\n', site.Host.Db.WebLinks.FindAll().Select(l => l.Id))
            + string.Join('\n', site.Host.Db.WebSessions.FindAll().Select(s => s.SecretHash));
        Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(session, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_sign_in_link_or_session_secret_appears_in_a_log_line_at_information_or_above()
    {
        await using var site = await ChatWebSite.StartAsync();
        var link = await site.LinkFor(People.Hoa);
        using var browser = new WebVisitor(site.Host.Url);
        var session = ChatWebSite.SessionFrom(await browser.SignIn(link));
        using var signedIn = new WebVisitor(site.Host.Url, session);
        await signedIn.Get("/web/reports");

        var secret = link.Split('/')[^1];
        var lines = site.Host.Logs.Lines.Where(l =>
            !l.StartsWith("Trace", StringComparison.Ordinal) && !l.StartsWith("Debug", StringComparison.Ordinal)
        );
        Assert.DoesNotContain(
            lines,
            l => l.Contains(secret, StringComparison.Ordinal) || l.Contains(session, StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task A_used_link_shows_a_Vietnamese_page_that_says_to_ask_the_bot_again()
    {
        await using var site = await ChatWebSite.StartAsync();
        var link = await site.LinkFor(People.Hoa);
        var path = new Uri(link).AbsolutePath;
        using var slow = new WebVisitor(site.Host.Url);
        var earlierForm = await slow.TokenFrom(path);
        using var browser = new WebVisitor(site.Host.Url);
        Assert.Equal(303, (int)(await browser.SignIn(link)).StatusCode);

        var again = await new WebVisitor(site.Host.Url).Get(path);
        Assert.Equal(410, (int)again.StatusCode);
        var page = await again.Content.ReadAsStringAsync();
        Assert.Contains(T.WebLinkUsed, page, StringComparison.Ordinal);
        Assert.Contains(T.WebAskBotAgain, page, StringComparison.Ordinal);
        // Nor can a form opened before it was used sign in a second browser.
        var second = await slow.Post(path, token: earlierForm);
        Assert.Equal(410, (int)second.StatusCode);
        Assert.Null(slow.Session());
    }

    [Fact]
    public async Task Without_a_public_address_web_says_the_web_view_is_not_on()
    {
        using var bot = new TestBot();
        bot.Register(People.Hoa, Core.Community.Role.Officer, "muong kim");
        Assert.Equal(T.WebNoPublicUrl, bot.Say(People.Hoa, "/web").Single().Text);
    }

    [Fact]
    public async Task A_post_without_its_anti_forgery_token_is_refused_and_changes_nothing()
    {
        await using var site = await ChatWebSite.StartAsync();
        using var hoa = await site.SignedIn(People.Hoa);

        var logout = await hoa.Post("/web/logout");
        Assert.Equal(400, (int)logout.StatusCode);
        Assert.Contains(T.WebStaleForm, await logout.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(400, (int)(await hoa.Post("/web/export", new() { ["commune"] = "muong-kim" })).StatusCode);
        Assert.Equal(400, (int)(await hoa.Post("/web/logout", token: "forged")).StatusCode);
        Assert.Equal(200, (int)(await hoa.Get("/web/")).StatusCode);

        // The sign-in button's form too: the link stays unused.
        var link = new Uri(await site.LinkFor(People.Sung)).AbsolutePath;
        using var anonymous = new WebVisitor(site.Host.Url);
        Assert.Equal(400, (int)(await anonymous.Post(link)).StatusCode);
        Assert.Equal(200, (int)(await anonymous.Get(link)).StatusCode);
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_or_with_one_link_get_429()
    {
        await using var site = await ChatWebSite.StartAsync(
            new() { ["Web:SignInAttemptsPerMinute"] = "5", ["Web:AttemptsPerLink"] = "2" }
        );
        using var http = new HttpClient { BaseAddress = new Uri(site.Host.Url) };
        async Task<int> Open(string path, string from)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            // As the local reverse proxy passes on who is asking.
            request.Headers.Add("X-Forwarded-For", from);
            return (int)(await http.SendAsync(request)).StatusCode;
        }

        // One link, from ever new addresses: its third opening is refused.
        var link = new Uri(await site.LinkFor(People.Hoa)).AbsolutePath;
        Assert.Equal(200, await Open(link, "203.0.113.1"));
        Assert.Equal(200, await Open(link, "203.0.113.2"));
        var third = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, link));
        Assert.Equal(429, (int)third.StatusCode);
        Assert.Contains(T.WebTooManyAttempts, await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // One address guessing ever new links: refused after five tries; another address is not.
        var guesses = Enumerable.Range(0, 7).Select(i => $"/web/login/guess-{i}-aaaaaaaaaaaaaaaaaaaaaa").ToList();
        var statuses = new List<int>();
        foreach (var guess in guesses)
            statuses.Add(await Open(guess, "198.51.100.7"));
        Assert.Equal([404, 404, 404, 404, 404, 429, 429], statuses);
        Assert.Equal(404, await Open("/web/login/guess-from-elsewhere-aaaaaaaaaaa", "198.51.100.8"));
    }

    private static string Sha256(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
