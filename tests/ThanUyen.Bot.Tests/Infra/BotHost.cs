using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThanUyen.Bot.Channels.Console;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Tests.Infra;

/// <summary>The real service (BotApp) started in-process against the fake Bot API and a LiteDB file.</summary>
public sealed class BotHost : IAsyncDisposable
{
    public const long AdminChat = 1000;
    private readonly WebApplication _app;
    public CapturedLogs Logs { get; }

    private BotHost(WebApplication app, CapturedLogs logs) => (_app, Logs) = (app, logs);

    public IServiceProvider Services => _app.Services;
    public BotDatabase Db => _app.Services.GetRequiredService<BotDatabase>();
    public Stores Stores => _app.Services.GetRequiredService<Stores>();
    public string Url => _app.Urls.First();

    public static async Task<BotHost> StartAsync(
        FakeBotApiServer? telegram,
        string databasePath,
        Dictionary<string, string?>? settings = null,
        ConsoleIO? console = null,
        TimeProvider? clock = null,
        FakeZaloServer? zalo = null,
        Action<IServiceCollection>? services = null
    )
    {
        var config = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Storage:DatabasePath"] = databasePath,
            ["Bot:Admins:0"] = $"telegram:{AdminChat}",
            ["Bot:Demo"] = "true", // the example works the transcripts use; production starts without them
            ["Console:Enabled"] = console is null ? "false" : "true",
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Outbox:BaseBackoffSeconds"] = "0.05",
            // Tests talk fast; the pacing itself is tested where it matters (OutboxPacingTests).
            ["Outbox:TelegramPerChatPerSecond"] = "200",
            ["Outbox:TelegramPerChatBurst"] = "50",
            ["Outbox:ZaloPerChatPerSecond"] = "200",
            ["Outbox:ZaloPerSecond"] = "200",
        };
        if (telegram is not null)
        {
            config["Telegram:BotToken"] = FakeBotApiServer.Token;
            config["Telegram:ApiBaseUrl"] = telegram.BaseUrl;
        }
        if (zalo is not null)
        {
            config["Zalo:BotToken"] = FakeZaloServer.Token;
            config["Zalo:ApiBaseUrl"] = zalo.BaseUrl;
            config["Zalo:PollTimeoutSeconds"] = "1";
            // The fake serves photos over plain http on 127.0.0.1: allowed by naming that exact origin.
            config["Zalo:MediaHosts:0"] = zalo.BaseUrl;
        }
        foreach (var (k, v) in settings ?? [])
            config[k] = v;
        var logs = new CapturedLogs();
        var app = BotApp.Build(
            [],
            b =>
            {
                b.Configuration.AddInMemoryCollection(config);
                b.Logging.ClearProviders();
                b.Logging.SetMinimumLevel(LogLevel.Trace);
                b.Logging.AddProvider(logs);
                if (console is not null)
                    b.Services.AddSingleton(console);
                if (clock is not null)
                    b.Services.AddSingleton(clock);
                services?.Invoke(b.Services);
            }
        );
        await app.StartAsync();
        return new BotHost(app, logs);
    }

    /// <summary>Puts messages straight into the outbox (as a digest or broadcast would) and wakes the sender.</summary>
    public void Queue(
        long chatId,
        IEnumerable<string> texts,
        Core.Chat.OutboxPriority priority = Core.Chat.OutboxPriority.Broadcast
    )
    {
        var outbox = Stores.Outbox;
        var now = DateTime.UtcNow;
        Stores.Writer.Write(() =>
        {
            foreach (var text in texts)
                outbox.Add(
                    new Core.Chat.OutgoingMessage
                    {
                        Chat = $"telegram:{chatId}",
                        Text = text,
                        Priority = priority,
                        CreatedAt = now,
                        NextAttemptAt = now,
                    }
                );
        });
        Services.GetRequiredService<Core.Chat.OutboxSignal>().Notify();
    }

    /// <summary>
    /// Waits until no queued message is still pending. The service records a send a moment after the
    /// platform saw it; stopped in between, it sends that message again after a restart (at-least-once),
    /// which a restart test must not mistake for a duplicate.
    /// </summary>
    public Task WaitUntilOutboxSettled(Signal? wake = null, double seconds = 10) =>
        Eventually.True(
            () => Stores.Outbox.CountPending() == 0,
            TimeSpan.FromSeconds(seconds),
            "every queued message to be recorded as sent",
            () =>
                string.Join(
                    '\n',
                    Stores.Outbox.PendingHeads().Select(h => $"{h.Chat}: {Stores.Outbox.Find(h.Id)?.Text}")
                ),
            wake
        );

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
