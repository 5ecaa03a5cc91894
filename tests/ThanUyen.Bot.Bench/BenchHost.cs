using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ThanUyen.Bot.Bench;

/// <summary>The real service in-process, pointed at a fake Bot API and a temporary LiteDB file.</summary>
public static class BenchHost
{
    public static async Task<WebApplication> StartAsync(
        string apiBaseUrl,
        string databasePath,
        Dictionary<string, string?>? extra = null
    )
    {
        var config = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Storage:DatabasePath"] = databasePath,
            ["Bot:Demo"] = "true", // the example works: a fresh database has none until the register is loaded
            ["Console:Enabled"] = "false",
            ["Telegram:BotToken"] = Fakes.FakeBotApiServer.Token,
            ["Telegram:ApiBaseUrl"] = apiBaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
        };
        foreach (var (k, v) in extra ?? [])
            config[k] = v;
        var app = BotApp.Build(
            [],
            b =>
            {
                b.Configuration.AddInMemoryCollection(config);
                b.Logging.SetMinimumLevel(LogLevel.Warning);
            }
        );
        await app.StartAsync();
        return app;
    }
}
