using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Workers;

/// <summary>
/// Drains the durable outbox: woken the moment something is committed, one message in flight per
/// chat (so order within a chat holds), replies ahead of digests and broadcasts, paced by per-channel
/// and per-chat token buckets, retry_after honoured, 5xx backed off, 403 marks the person unreachable.
/// </summary>
public sealed partial class OutboxSender(
    Stores stores,
    ChannelDirectory directory,
    IEnumerable<IChatChannel> channels,
    OutboxSignal signal,
    TimeProvider clock,
    Channels.ChannelHealth health,
    IOptions<OutboxOptions> options,
    ILogger<OutboxSender> log
) : BackgroundService
{
    private readonly Dictionary<string, IChatChannel> _channels = channels.ToDictionary(c => c.Name);
    private readonly Dictionary<string, RateGate> _channelGates = [];
    private readonly ChatGates _chatGates = new(a => NewChatGate(directory, clock, a));
    private readonly HashSet<string> _inFlight = [];
    private readonly Lock _gate = new();
    private int _running;
    private OutboxOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = DispatchReady(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Outbox dispatch failed; retrying shortly");
                wait = TimeSpan.FromSeconds(1);
            }
            try
            {
                await signal.WaitAsync(Clamp(wait), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static TimeSpan Clamp(TimeSpan wait) =>
        wait < TimeSpan.FromMilliseconds(5) ? TimeSpan.FromMilliseconds(5)
        : wait > TimeSpan.FromSeconds(5) ? TimeSpan.FromSeconds(5)
        : wait;

    /// <summary>Starts every send that is allowed now; returns how long until the next one could be.</summary>
    private TimeSpan DispatchReady(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var wait = TimeSpan.FromSeconds(5);
        var heads = stores.Outbox.PendingHeads();
        foreach (var head in heads)
        {
            lock (_gate)
            {
                if (_running >= Math.Max(1, Options.Concurrency))
                    break;
                if (_inFlight.Contains(head.Chat))
                    continue;
            }
            if (head.NextAttemptAt > now)
            {
                wait = Min(wait, head.NextAttemptAt - now);
                continue;
            }
            // The list was read before sends that finished since then: re-read so a message just
            // marked sent (or told to wait by a 429) is not sent again.
            if (
                stores.Outbox.Find(head.Id) is not { Status: OutboxStatus.Pending } message
                || message.NextAttemptAt > now
            )
                continue;
            var address = message.Address;
            if (!_channels.TryGetValue(address.Channel, out var channel))
            {
                stores.Writer.Write(() =>
                    Finish(message, OutboxStatus.Failed, $"channel '{address.Channel}' is not enabled")
                );
                continue;
            }
            if (stores.Members.FindByAddress(address) is { Unreachable: true })
            {
                stores.Writer.Write(() =>
                    Finish(message, OutboxStatus.Unreachable, "member is unreachable (blocked the bot)")
                );
                continue;
            }
            if (Unsendable(message, address, now) is { } why)
            {
                stores.Writer.Write(() => Finish(message, OutboxStatus.Skipped, why));
                continue;
            }
            var gates = GatesFor(address);
            var gateWait = gates.Aggregate(TimeSpan.Zero, (w, g) => Max(w, g.Wait()));
            if (gateWait > TimeSpan.Zero)
            {
                wait = Min(wait, gateWait);
                continue;
            }
            var slots = gates.Select(g => g.Take()).ToList();
            lock (_gate)
            {
                _inFlight.Add(message.Chat);
                _running++;
            }
            _ = SendAsync(channel, message, slots, ct);
        }
        return wait;
    }

    private async Task SendAsync(IChatChannel channel, OutgoingMessage message, List<Slot> slots, CancellationToken ct)
    {
        SendOutcome outcome;
        try
        {
            outcome = await channel.SendAsync(message, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            outcome = new SendOutcome(SendResult.Transient, Error: "stopping");
        }
        catch (Exception e)
        {
            outcome = new SendOutcome(SendResult.Transient, Error: e.GetType().Name);
        }
        foreach (var slot in slots)
            slot.Done(clock);
        if (outcome.Result == SendResult.Sent)
            health.Sent(channel.Name);
        try
        {
            await ApplyAsync(message, outcome);
        }
        catch (Exception e)
        {
            log.LogError(e, "Recording the outcome of an outbox message to {Chat} failed", message.Chat);
        }
        finally
        {
            lock (_gate)
            {
                _inFlight.Remove(message.Chat);
                _running--;
            }
            signal.Notify();
        }
    }
}
