using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Workers;

public sealed partial class OutboxSender
{
    /// <summary>Records what the platform answered, through the database writer.</summary>
    private async Task ApplyAsync(OutgoingMessage message, SendOutcome outcome)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await SkipFailedEditAsync(message, outcome))
            return;
        switch (outcome.Result)
        {
            case SendResult.Sent:
                message.SentAt = now;
                message.PlatformMessageId = outcome.MessageId ?? message.PlatformMessageId;
                await stores.Writer.WriteAsync(() => Finish(message, OutboxStatus.Sent, null));
                break;
            case SendResult.RateLimited:
                // Wait exactly what the platform asked; this is not an attempt that failed.
                var wait = outcome.RetryAfter ?? TimeSpan.FromSeconds(1);
                message.NextAttemptAt = now + wait;
                message.LastError = "429";
                await stores.Writer.WriteAsync(() => stores.Outbox.Update(message));
                log.LogWarning("Rate limited sending to {Chat}; waiting {Seconds}s", message.Chat, wait.TotalSeconds);
                break;
            case SendResult.Transient:
                message.Attempts++;
                if (message.Attempts >= Options.MaxAttempts)
                {
                    await stores.Writer.WriteAsync(() => Finish(message, OutboxStatus.Failed, outcome.Error));
                    log.LogError(
                        "Giving up on an outbox message to {Chat} after {Attempts} attempts: {Error}",
                        message.Chat,
                        message.Attempts,
                        outcome.Error
                    );
                    break;
                }
                message.NextAttemptAt = now + Backoff(message.Attempts);
                message.LastError = outcome.Error;
                await stores.Writer.WriteAsync(() => stores.Outbox.Update(message));
                log.LogWarning(
                    "Sending to {Chat} failed ({Error}); attempt {Attempts} of {Max}",
                    message.Chat,
                    outcome.Error,
                    message.Attempts,
                    Options.MaxAttempts
                );
                break;
            case SendResult.Unreachable:
                await stores.Writer.WriteAsync(() => MarkUnreachable(message, outcome.Error));
                log.LogWarning(
                    "{Chat} is unreachable ({Error}); its queued messages are dropped",
                    message.Chat,
                    outcome.Error
                );
                break;
            default:
                await stores.Writer.WriteAsync(() => Finish(message, OutboxStatus.Failed, outcome.Error));
                log.LogError("The platform rejected an outbox message to {Chat}: {Error}", message.Chat, outcome.Error);
                break;
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var seconds = Math.Min(Options.MaxBackoffSeconds, Options.BaseBackoffSeconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromSeconds(seconds * (0.5 + Random.Shared.NextDouble() / 2));
    }

    /// <summary>On the writer: the message's final state, and the broadcast's report when it was the last.</summary>
    private void Finish(OutgoingMessage message, OutboxStatus status, string? error)
    {
        message.Status = status;
        message.LastError = error;
        // Sent documents and charts need not be kept twice: the report data can rebuild them.
        if (status == OutboxStatus.Sent)
        {
            message.PhotoBytes = null;
            message.DocumentBytes = null;
        }
        stores.Outbox.Update(message);
        if (
            message.BroadcastId is { } broadcast
            && BroadcastReporter.ReportIfDone(stores, broadcast, clock.GetUtcNow().UtcDateTime)
        )
            signal.Notify();
    }

    /// <summary>
    /// On the writer. 403: the person blocked the bot. Stop everything queued for that chat and flag the member.
    /// </summary>
    private void MarkUnreachable(OutgoingMessage message, string? error)
    {
        stores.Outbox.DropPendingFor(message.Chat, error);
        stores.Members.MarkUnreachable(message.Address);
    }

    /// <summary>The pacing rules of the message's channel, as the channel describes them.</summary>
    private List<RateGate> GatesFor(ChatAddress address)
    {
        var caps = directory.For(address);
        if (caps.PerSecond <= 0)
            return [];
        if (!_channelGates.TryGetValue(address.Channel, out var channelGate))
            _channelGates[address.Channel] = channelGate = new SlidingWindowGate(
                (int)Math.Max(1, caps.PerSecond),
                TimeSpan.FromMilliseconds(1000 + Options.WindowMarginMs),
                clock
            );
        return [channelGate, _chatGates.For(address)];
    }

    /// <summary>
    /// A fresh gate for one chat, as its channel describes the pace: per minute for a group, a token bucket otherwise.
    /// </summary>
    private static RateGate NewChatGate(ChannelDirectory directory, TimeProvider clock, ChatAddress address)
    {
        var caps = directory.For(address);
        return caps.GroupPerMinute > 0 && caps.IsGroup(address.Id)
            ? new SlidingWindowGate(caps.GroupPerMinute, TimeSpan.FromMinutes(1), clock)
            : new TokenBucketGate(caps.PerChatPerSecond, Math.Max(1, caps.PerChatBurst), clock);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
