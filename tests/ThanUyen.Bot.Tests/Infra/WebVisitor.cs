using System.Net;
using System.Text.RegularExpressions;
using ThanUyen.Bot.Web.Access;

namespace ThanUyen.Bot.Tests.Infra;

/// <summary>
/// A browser without a screen for HTTP-level tests of the web view: keeps cookies, does not follow
/// redirects (tests look at them), reads a form's anti-forgery token from the page that shows it.
/// </summary>
public sealed partial class WebVisitor : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _base;

    public WebVisitor(string baseUrl, string? session = null)
    {
        _base = new Uri(baseUrl);
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = _base,
        };
        if (session is not null)
            Cookies.Add(_base, new Cookie(SessionCookie.Name, session, "/web"));
    }

    public CookieContainer Cookies { get; }

    public Task<HttpResponseMessage> Get(string path) => _http.GetAsync(path);

    public async Task<string> Text(string path) => await (await Get(path)).Content.ReadAsStringAsync();

    /// <summary>The anti-forgery token of the first form on a page (its cookie is kept meanwhile).</summary>
    public async Task<string> TokenFrom(string path)
    {
        var match = TokenField().Match(await Text(path));
        Assert.True(match.Success, $"{path} shows no form token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public Task<HttpResponseMessage> Post(string path, Dictionary<string, string>? fields = null, string? token = null)
    {
        var all = new Dictionary<string, string>(fields ?? []);
        if (token is not null)
            all["__af"] = token;
        return _http.PostAsync(path, new FormUrlEncodedContent(all));
    }

    /// <summary>Opens a sign-in link (any host: only its path is used) and presses the button.</summary>
    public async Task<HttpResponseMessage> SignIn(string link)
    {
        var path = new Uri(link).PathAndQuery;
        return await Post(path, token: await TokenFrom(path));
    }

    public string? Session() => Cookies.GetCookies(new Uri(_base, "/web/"))[SessionCookie.Name]?.Value;

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public void Dispose() => _http.Dispose();
}
