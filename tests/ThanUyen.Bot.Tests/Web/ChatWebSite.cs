using System.Text.RegularExpressions;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Web;

/// <summary>
/// The real service with the fake Telegram and the web world seeded: people ask /web in chat and use the
/// link they got, as they would.
/// </summary>
public sealed partial class ChatWebSite : IAsyncDisposable
{
    private readonly TempFolder _folder;

    private ChatWebSite(TempFolder folder, FakeBotApiServer api, BotHost host, WebWorld world) =>
        (_folder, Api, Host, World) = (folder, api, host, world);

    public FakeBotApiServer Api { get; }
    public BotHost Host { get; }
    public WebWorld World { get; }

    public static async Task<ChatWebSite> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var folder = new TempFolder();
        var api = await FakeBotApiServer.StartAsync();
        var all = new Dictionary<string, string?> { ["Web:PublicBaseUrl"] = "http://bot.example.vn" };
        foreach (var (k, v) in settings ?? [])
            all[k] = v;
        var host = await BotHost.StartAsync(api, folder.File("bot.db"), all);
        return new ChatWebSite(folder, api, host, WebWorld.Seed(host.Services, DateTime.UtcNow));
    }

    /// <summary>What the bot answered this person's message.</summary>
    public async Task<string> Say(Person person, string text)
    {
        var chat = long.Parse(person.Address.Id, System.Globalization.CultureInfo.InvariantCulture);
        var before = Api.Sent(chat).Count;
        Api.UserSays(chat, text, person.Name);
        return (await Api.WaitForSent(chat, before + 1))[before].Text;
    }

    /// <summary>The sign-in link /web sent to this person.</summary>
    public async Task<string> LinkFor(Person person)
    {
        var reply = await Say(person, "/web");
        var match = Link().Match(reply);
        Assert.True(match.Success, $"no link in: {reply}");
        return match.Value;
    }

    /// <summary>A visitor signed in through the link from chat (the session cookie read from the response).</summary>
    public async Task<WebVisitor> SignedIn(Person person)
    {
        using var visitor = new WebVisitor(Host.Url);
        var response = await visitor.SignIn(await LinkFor(person));
        Assert.Equal(303, (int)response.StatusCode);
        return new WebVisitor(Host.Url, SessionFrom(response));
    }

    /// <summary>The session secret a sign-in set.</summary>
    public static string SessionFrom(HttpResponseMessage response) =>
        response
            .Headers.GetValues("Set-Cookie")
            .First(c => c.StartsWith("tu_phien=", StringComparison.Ordinal))
            .Split(';')[0]["tu_phien=".Length..];

    [GeneratedRegex(@"https?://bot\.example\.vn/web/login/[A-Za-z0-9_-]+")]
    private static partial Regex Link();

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Api.DisposeAsync();
        _folder.Dispose();
    }
}
