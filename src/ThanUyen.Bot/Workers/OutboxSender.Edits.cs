using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Workers;

// Edits and command lists: resolved at send time, and never in the way of the next message.
public sealed partial class OutboxSender
{
    /// <summary>
    /// Telegram lets a bot edit its messages for 48 hours (older edits are refused): past that the old question
    /// stays as it was.
    /// </summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromHours(48);

    /// <summary>
    /// Why this entry is skipped without a call (null: send it). An edit names its message by outbox id; here
    /// it becomes that message's platform id, and without one (not sent yet, failed, pruned, too old) the edit
    /// is skipped quietly: the chat simply keeps the message as it was.
    /// </summary>
    private string? Unsendable(OutgoingMessage message, ChatAddress address, DateTime now)
    {
        var caps = directory.For(address);
        switch (message.Kind)
        {
            case OutgoingKind.Commands:
                return caps.CommandLists ? null : "the channel has no command lists";
            case OutgoingKind.Edit when !caps.Edits:
                return "the channel cannot edit";
            case OutgoingKind.Edit when message.EditOf is { } id:
                var original = stores.Outbox.Find(id);
                if (original is not { Status: OutboxStatus.Sent, PlatformMessageId: { } platformId })
                    return "the message to edit was not sent";
                if (original.SentAt is { } sent && now - sent > EditWindow)
                    return "the message to edit is too old";
                message.PlatformMessageId = platformId;
                return null;
            case OutgoingKind.Edit:
                return message.PlatformMessageId is null ? "no message to edit" : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// A failed edit is dropped at once instead of retried: retrying would hold back the next question, and a
    /// message that cannot be edited (deleted, "message is not modified") is fine as it is.
    /// </summary>
    private async Task<bool> SkipFailedEditAsync(OutgoingMessage message, SendOutcome outcome)
    {
        if (message.Kind != OutgoingKind.Edit || outcome.Result is not (SendResult.Transient or SendResult.Rejected))
            return false;
        await stores.Writer.WriteAsync(() => Finish(message, OutboxStatus.Skipped, outcome.Error));
        log.LogDebug("An edit to {Chat} was skipped: {Error}", message.Chat, outcome.Error);
        return true;
    }
}
