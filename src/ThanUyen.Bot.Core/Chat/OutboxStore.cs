using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Chat;

/// <summary>The durable outbox: messages wait here until a channel confirmed delivery.</summary>
public sealed class OutboxStore(BotDatabase db)
{
    /// <summary>Queues a message, split to the channel's text limit (buttons ride on the last part).</summary>
    public void Add(OutgoingMessage message)
    {
        var parts = ChannelLimits.Split(message.Text, ChannelLimits.MaxText(message.Address.Channel));
        for (var i = 0; i < parts.Count; i++)
        {
            var last = i == parts.Count - 1;
            var part = last ? message : Copy(message);
            part.Id = 0;
            part.Text = parts[i];
            if (!last)
            {
                part.Choices = [];
                part.RequestLocation = false;
                part.PhotoFileId = null;
                part.PhotoBytes = null;
                part.DocumentBytes = null;
                part.DocumentName = null;
            }
            db.Outbox.Insert(part);
        }
    }

    private static OutgoingMessage Copy(OutgoingMessage m) =>
        new()
        {
            Chat = m.Chat,
            Priority = m.Priority,
            CreatedAt = m.CreatedAt,
            NextAttemptAt = m.NextAttemptAt,
            NumberedChoices = m.NumberedChoices,
        };

    public List<OutgoingMessage> Pending() => db.Outbox.Find(m => m.Status == OutboxStatus.Pending).ToList();

    public void Update(OutgoingMessage message) => db.Outbox.Update(message);

    public int CountPending() => db.Outbox.Count(m => m.Status == OutboxStatus.Pending);

    public int CountFailed() => db.Outbox.Count(m => m.Status == OutboxStatus.Failed);
}
