using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Channels;

/// <summary>The set-up and polling loops retry through one policy that says what failed, never the token.</summary>
public sealed class PlatformRetryTests
{
    [Fact]
    public async Task A_failing_set_up_and_a_failing_poll_are_retried_and_logged_by_name_without_the_token()
    {
        using var folder = new TempFolder();
        await using var api = await FakeBotApiServer.StartAsync();
        var (setupFailures, pollFailures) = (1, 1);
        api.Fault = (method, _) =>
            method == "getme" && Interlocked.Decrement(ref setupFailures) >= 0 ? Fault.ServerError
            : method == "getupdates" && Interlocked.Decrement(ref pollFailures) >= 0 ? Fault.BadGatewayPage
            : null;
        await using var host = await BotHost.StartAsync(api, folder.File("bot.db"));

        api.UserSays(BotHost.AdminChat, "/menu", "Admin");
        await api.WaitForSent(BotHost.AdminChat, 1, seconds: 20);
        var warnings = host.Logs.Lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal)).ToList();
        Assert.Contains(
            warnings,
            l => l.Contains("Telegram set-up (getMe, deleteWebhook) failed", StringComparison.Ordinal)
        );
        Assert.Contains(warnings, l => l.Contains("Telegram getUpdates failed", StringComparison.Ordinal));
        Assert.Contains(warnings, l => l.Contains("attempt 1, retrying in", StringComparison.Ordinal));
        Assert.DoesNotContain(
            host.Logs.Lines,
            l => l.Contains(FakeBotApiServer.Token.Split(':')[1], StringComparison.Ordinal)
        );
    }
}
