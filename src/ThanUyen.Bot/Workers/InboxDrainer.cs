using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Workers;

/// <summary>
/// Handles what webhooks and the Zalo poller stored in the durable inbox, oldest first. Anything left
/// there by a crash (after the 200) is handled at the next start.
/// </summary>
public sealed class InboxDrainer(
    InboxStore inbox,
    InboxSignal signal,
    InboxProcessor processor,
    IEnumerable<IChatChannel> channels,
    ILogger<InboxDrainer> log
) : BackgroundService
{
    private readonly Dictionary<string, IChatChannel> _channels = channels.ToDictionary(c => c.Name);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var waiting = inbox.Waiting(DatabaseWriter.MaxBatch);
                if (waiting.Count == 0)
                {
                    await signal.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
                    continue;
                }
                var messages = waiting.Select(e => e.ToMessage()).ToList();
                // Files first (a download must not let a later message of the same chat overtake), then in order.
                var prepared = await Task.WhenAll(messages.Select(m => PrepareAsync(m, stoppingToken)));
                var handled = await Task.WhenAll(prepared.Select(m => processor.HandleAsync(m, stoppingToken)));
                for (var i = 0; i < prepared.Length; i++)
                    if (
                        prepared[i].AckId is not null
                        && _channels.TryGetValue(prepared[i].Chat.Channel, out var channel)
                    )
                        await channel.AcknowledgeAsync(prepared[i], handled[i].Toast, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Draining the inbox failed; retrying");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>The channel fetches what the core cannot (a sent file) before the engine sees the message.</summary>
    private Task<IncomingMessage> PrepareAsync(IncomingMessage message, CancellationToken ct) =>
        _channels.TryGetValue(message.Chat.Channel, out var channel)
            ? channel.PrepareAsync(message, ct)
            : Task.FromResult(message);
}
