using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Workers;

public sealed partial class OutboxSender
{
    private void Apply(OutgoingMessage message, SendOutcome outcome)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        switch (outcome.Result)
        {
            case SendResult.Sent:
                message.SentAt = now;
                Finish(message, OutboxStatus.Sent, null);
                break;
            case SendResult.RateLimited:
                // Wait exactly what the platform asked; this is not an attempt that failed.
                message.NextAttemptAt = now + (outcome.RetryAfter ?? TimeSpan.FromSeconds(1));
                message.LastError = "429";
                db.Outbox.Update(message);
                log.LogWarning(
                    "Rate limited sending to {Chat}; waiting {Seconds}s",
                    message.Chat,
                    (outcome.RetryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds
                );
                break;
            case SendResult.Transient:
                message.Attempts++;
                if (message.Attempts >= Options.MaxAttempts)
                {
                    Finish(message, OutboxStatus.Failed, outcome.Error);
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
                db.Outbox.Update(message);
                log.LogWarning(
                    "Sending to {Chat} failed ({Error}); attempt {Attempts} of {Max}",
                    message.Chat,
                    outcome.Error,
                    message.Attempts,
                    Options.MaxAttempts
                );
                break;
            case SendResult.Unreachable:
                MarkUnreachable(message, outcome.Error);
                break;
            default:
                Finish(message, OutboxStatus.Failed, outcome.Error);
                log.LogError("The platform rejected an outbox message to {Chat}: {Error}", message.Chat, outcome.Error);
                break;
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var seconds = Math.Min(Options.MaxBackoffSeconds, Options.BaseBackoffSeconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromSeconds(seconds * (0.5 + Random.Shared.NextDouble() / 2));
    }

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
        db.Outbox.Update(message);
        if (
            message.BroadcastId is { } broadcast
            && BroadcastReporter.ReportIfDone(db, broadcast, clock.GetUtcNow().UtcDateTime)
        )
            signal.Notify();
    }

    /// <summary>403: the person blocked the bot. Stop everything queued for that chat and flag the member.</summary>
    private void MarkUnreachable(OutgoingMessage message, string? error)
    {
        db.InTransaction(() =>
        {
            foreach (
                var queued in db.Outbox.Find(m => m.Chat == message.Chat && m.Status == OutboxStatus.Pending).ToList()
            )
            {
                queued.Status = OutboxStatus.Unreachable;
                queued.LastError = error;
                db.Outbox.Update(queued);
            }
            if (new MemberStore(db).FindByAddress(message.Address) is { } member)
            {
                member.Unreachable = true;
                db.Members.Update(member);
            }
        });
        log.LogWarning("{Chat} is unreachable ({Error}); its queued messages are dropped", message.Chat, error);
    }

    private List<RateGate> GatesFor(ChatAddress address)
    {
        var o = Options;
        int? perSecond = address.Channel switch
        {
            "telegram" => (int)Math.Max(1, o.TelegramPerSecond),
            "zalo" => (int)Math.Max(1, o.ZaloPerSecond),
            _ => null,
        };
        if (perSecond is null)
            return [];
        if (!_channelGates.TryGetValue(address.Channel, out var channelGate))
            _channelGates[address.Channel] = channelGate = new SlidingWindowGate(
                perSecond.Value,
                TimeSpan.FromMilliseconds(1000 + o.WindowMarginMs),
                clock
            );
        return [channelGate, _chatGates.For(address)];
    }

    /// <summary>A fresh gate for one chat: 20/min for a Telegram group, a token bucket otherwise.</summary>
    private static RateGate NewChatGate(OutboxOptions o, TimeProvider clock, ChatAddress address)
    {
        var group = address.Channel == "telegram" && address.Id.StartsWith('-');
        return group ? new SlidingWindowGate(o.TelegramGroupPerMinute, TimeSpan.FromMinutes(1), clock)
            : address.Channel == "telegram"
                ? new TokenBucketGate(o.TelegramPerChatPerSecond, Math.Max(1, o.TelegramPerChatBurst), clock)
            : new TokenBucketGate(o.ZaloPerChatPerSecond, 3, clock);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
