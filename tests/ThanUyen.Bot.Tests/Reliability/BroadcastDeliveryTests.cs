using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reliability;

public sealed class BroadcastDeliveryTests
{
    [Fact]
    public async Task A_broadcast_goes_out_within_the_overall_cap_and_the_admin_hears_the_result()
    {
        using var folder = new TempFolder();
        await using var api = await FakeBotApiServer.StartAsync();
        api.SendsPerSecondLimit = 10; // the fake answers 429 above the cap we configure
        await using var host = await BotHost.StartAsync(
            api,
            folder.File("bot.db"),
            new() { ["Outbox:TelegramPerSecond"] = "10" }
        );
        host.Stores.Writer.Write(() =>
        {
            for (var i = 0; i < 25; i++)
                host.Stores.Members.Save(
                    new Member
                    {
                        Name = $"Người {i}",
                        Role = Role.Member,
                        VillageId = "huoi-bac",
                        CommuneId = "pha-mu",
                        Addresses = [$"telegram:{7000 + i}"],
                    }
                );
        });

        api.UserSays(BotHost.AdminChat, "/broadcast pha mu Mai họp bản lúc 8 giờ", "Admin");
        var question = (await api.WaitForSent(BotHost.AdminChat, 1))[0];
        Assert.Contains("25 người", question.Text);
        api.UserPresses(BotHost.AdminChat, "s:send:yes", "Admin");
        var replies = await api.WaitForSent(BotHost.AdminChat, 3, seconds: 20);

        Assert.Equal(T.BroadcastQueued(1, 25), replies[1].Text);
        Assert.Equal(T.BroadcastDone(1, 25, 0), replies[2].Text);
        var sends = api
            .Calls.Where(c => c.Method == "sendmessage" && c.Text.StartsWith("📣 Mai", StringComparison.Ordinal))
            .OrderBy(c => c.At)
            .ToList();
        Assert.Equal(25, sends.Count);
        Assert.Equal(0, api.Calls.Count(c => c.Status == 429));
        for (var i = 10; i < sends.Count; i++)
            Assert.True(
                sends[i].At - sends[i - 10].At >= TimeSpan.FromSeconds(1),
                "more than 10 sends within one second"
            );
    }
}
