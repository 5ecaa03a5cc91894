using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reliability;

/// <summary>
/// systemd stops the service with SIGTERM, an operator at the terminal with Ctrl+C (SIGINT): either must end
/// it promptly and cleanly, with the console reader waiting on stdin and a Telegram long poll open.
/// </summary>
public sealed class GracefulStopTests
{
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task The_service_stops_within_five_seconds_on_a_signal_and_keeps_its_data(string signal)
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var folder = new TempFolder();
        var db = folder.File("data/bot.db");
        using var service = new BotProcess(
            db,
            new()
            {
                ["Telegram__BotToken"] = FakeBotApiServer.Token,
                ["Telegram__ApiBaseUrl"] = telegram.BaseUrl,
                ["Telegram__PollTimeoutSeconds"] = "30",
            }
        );
        await service.WaitUntilReady(db);
        service.Type("/invite member hang");
        await service.WaitForOutput("Mã dùng được một lần");

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        service.Signal(signal);
        Assert.True(service.WaitForExit(5_000), $"still running 5 s after SIG{signal}. stderr:\n{service.Errors}");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        Assert.Equal(0, service.ExitCode);
        Assert.False(File.Exists(db + ".ops"));
        using var check = new BotDatabase(new StorageOptions { DatabasePath = db });
        Assert.Equal(1, check.Invitations.Count());
    }
}
