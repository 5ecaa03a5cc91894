using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;
using ThanUyen.Bot.Workers;

namespace ThanUyen.Bot.Tests.Reliability;

/// <summary>
/// Issue 10, defect 6: a disk that starts failing (here: "no space left" once the log has grown by a set
/// amount) must not leave a half-alive service. The service stops with a non-zero exit code, acknowledges
/// nothing it could not commit, and after a restart on a healthy disk every confirmed report is there.
/// </summary>
public sealed class DiskFailureTests : IAsyncLifetime
{
    private const long Chua = 2002;
    private readonly TempFolder _folder = new();
    private FakeBotApiServer _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _folder.Dispose();
        Environment.ExitCode = 0;
    }

    /// <summary>Throws as a full disk does once armed and the log has taken <see cref="Budget"/> more bytes.</summary>
    private sealed class FullDisk : IStorageObserver
    {
        private long _written;
        public long? Budget { get; set; }

        public void Writing(string path, long position, ReadOnlySpan<byte> bytes)
        {
            if (Budget is { } budget && Interlocked.Add(ref _written, bytes.Length) > budget)
                throw new IOException("No space left on device");
        }

        public void Resizing(string path, long length) { }

        public void Synced(string path) { }
    }

    [Fact]
    public async Task A_full_disk_stops_the_service_with_an_error_code_and_a_restart_loses_nothing_confirmed()
    {
        var disk = new FullDisk();
        var path = _folder.File("bot.db");
        var host = await BotHost.StartAsync(_api, path, services: s => s.AddSingleton<IStorageObserver>(disk));
        _api.UserSays(BotHost.AdminChat, "/invite member pa khom", "Admin");
        var code = (await _api.WaitForSent(BotHost.AdminChat, 1))[0]
            .Text.Split('\n')
            .Select(l => l.Trim())
            .First(InvitationCodes.LooksLikeCode);
        _api.UserSays(Chua, $"/start {code}", "Giàng A Chua");
        var sent = (await _api.WaitForSent(Chua, 1)).Count;

        var confirmed = new ConcurrentBag<string>();
        disk.Budget = 2_000_000; // some sales go through first
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var answers = new[] { "/sale", "bo", "2 con", "1", "12tr", "1", "hom nay", "bo qua", "luu" };
        var typed = 0;
        for (var s = 0; s < 50 && !stopping.IsCancellationRequested; s++)
            foreach (var answer in answers)
            {
                _api.UserSays(Chua, answer, "Giàng A Chua");
                typed++;
                var reply = await Task.WhenAny(_api.WaitForSent(Chua, sent + 1, seconds: 10), Task.Delay(-1, stopping));
                if (stopping.IsCancellationRequested)
                    break;
                var messages = await (Task<List<ApiCall>>)reply;
                sent = messages.Count;
                if (messages[^1].Text.Contains("Đã lưu báo cáo", StringComparison.Ordinal))
                    confirmed.Add(messages[^1].Text.Split("BC-")[1][..4]);
            }

        Assert.True(stopping.IsCancellationRequested, "the service kept running on a failing disk");
        Assert.Equal(StorageFailureWatcher.ExitCode, Environment.ExitCode);
        Assert.NotEmpty(confirmed);
        await host.DisposeAsync();
        // LiteDB leaves the failed commit's transaction behind; its finalizer must not crash the process.
        GC.Collect();
        GC.WaitForPendingFinalizers();

        // Restart on a healthy disk: Telegram re-delivers what was never acknowledged.
        Environment.ExitCode = 0;
        await using var healthy = await BotHost.StartAsync(_api, path);
        await _api.WaitUntilAcknowledged(seconds: 30);
        var stored = healthy.Db.Reports.FindAll().Select(r => r.Code[3..]).ToHashSet();
        Assert.Subset(stored, confirmed.ToHashSet());
        Assert.Equal(stored.Count, stored.Distinct().Count());
        Assert.True(typed > answers.Length, "the disk failed before anything was filed");
    }
}
