using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Channels.Console;

/// <summary>
/// Reads stdin line by line as messages from "console:local". At end of input (systemd gives
/// /dev/null) it stops quietly; the rest of the service keeps running.
/// </summary>
public sealed class ConsoleReader(ConsoleIO io, InboxProcessor inbox, ILogger<ConsoleReader> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(
            async () =>
            {
                log.LogInformation("Console channel ready: type /menu (you are the local admin)");
                var line = 0;
                while (!stoppingToken.IsCancellationRequested)
                {
                    var text = await ReadLineAsync(stoppingToken);
                    if (text is null)
                    {
                        log.LogInformation("Console input ended; the console channel stops, the service keeps running");
                        return;
                    }
                    if (string.IsNullOrWhiteSpace(text))
                        continue;
                    var message = new IncomingMessage(
                        ChatAddress.ConsoleLocal,
                        $"console:{Guid.NewGuid():N}:{++line}",
                        MessageKind.Text
                    )
                    {
                        Text = text,
                        SenderName = "Quản trị viên",
                        SentAt = DateTimeOffset.UtcNow,
                    };
                    try
                    {
                        await inbox.HandleAsync(message, stoppingToken);
                    }
                    catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                    {
                        return;
                    }
                }
            },
            stoppingToken
        );

    /// <summary>
    /// Console.In's ReadLineAsync ignores the token and blocks until a line or end of input, which held a
    /// Ctrl+C or systemd stop for the host's whole 30 s shutdown timeout. The read runs on its own; a stop
    /// abandons it (the blocked thread does not keep the process alive).
    /// </summary>
    private Task<string?> ReadLineAsync(CancellationToken stoppingToken) =>
        Task
            .Factory.StartNew(
                () => io.In.ReadLine(),
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default
            )
            .WaitAsync(stoppingToken);
}
