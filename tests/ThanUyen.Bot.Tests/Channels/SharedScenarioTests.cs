using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>One scenario, three channels: the same flow must work on Telegram, Zalo and the console.</summary>
public sealed class SharedScenarioTests
{
    /// <summary>An admin types a whole cattle sale; every answer is text, as on a phone without buttons.</summary>
    private static readonly string[] Sale =
    [
        "/sale",
        "bo",
        "pa khom",
        "3 con",
        "1",
        "12tr",
        "thuong lai",
        "hom nay",
        "bo qua",
        "1",
    ];

    private static async Task<string> RunScenario(Func<string, Task<string>> say)
    {
        var last = "";
        foreach (var line in Sale)
            last = await say(line);
        return last;
    }

    private static void AssertSaved(string reply, BotHost host)
    {
        Assert.Contains("BC-0001", reply);
        Assert.Contains("36.000.000 ₫", reply);
        var sale = host.Db.Reports.FindAll().Single();
        Assert.Equal(
            ("pa-khom", "cattle", 36_000_000m),
            (sale.VillageId, sale.FactsAs<SaleFacts>()!.Product, sale.FactsAs<SaleFacts>()!.Total)
        );
    }

    [Fact]
    public async Task On_Telegram()
    {
        using var folder = new TempFolder();
        await using var api = await FakeBotApiServer.StartAsync();
        await using var host = await BotHost.StartAsync(api, folder.File("bot.db"));
        var reply = await RunScenario(async text =>
        {
            var before = api.Sent(BotHost.AdminChat).Count;
            api.UserSays(BotHost.AdminChat, text, "Admin");
            return (await api.WaitForSent(BotHost.AdminChat, before + 1))[before].Text;
        });
        AssertSaved(reply, host);
    }

    [Fact]
    public async Task On_Zalo()
    {
        using var folder = new TempFolder();
        await using var zalo = await FakeZaloServer.StartAsync();
        await using var host = await BotHost.StartAsync(
            null,
            folder.File("bot.db"),
            new() { ["Bot:Admins:0"] = "zalo:zadmin" },
            zalo: zalo
        );
        var reply = await RunScenario(async text =>
        {
            var before = zalo.Sent("zadmin").Count;
            zalo.UserSays("zadmin", text, "Admin");
            return (await zalo.WaitForSent("zadmin", before + 1))[before].Text;
        });
        AssertSaved(reply, host);
    }

    [Fact]
    public async Task On_the_console()
    {
        using var folder = new TempFolder();
        var console = new ScriptedConsole();
        await using var host = await BotHost.StartAsync(null, folder.File("bot.db"), console: console.IO);
        var reply = await RunScenario(async text =>
        {
            var before = console.Printed.Count;
            console.Type(text);
            return await console.WaitForPrinted(before);
        });
        AssertSaved(reply, host);
        console.EndOfInput();
    }
}
