using LiteDB;
using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>The durable outbox: messages wait here until a channel confirmed delivery.</summary>
public sealed class OutboxStore(BotDatabase db, DatabaseWriter writer, ChannelDirectory channels)
{
    /// <summary>Queues a message, split to its channel's text limit (buttons ride on the last part).</summary>
    public void Add(OutgoingMessage message)
    {
        writer.EnsureWriting();
        if (message.Album.Count > 0 || message.Voice is not null)
        {
            AddMedia(message);
            return;
        }
        var parts = ChannelDirectory.Split(message.Text, channels.For(message.Address).MaxText);
        for (var i = 0; i < parts.Count; i++)
        {
            var last = i == parts.Count - 1;
            var part = last ? message : TextOnlyCopy(message);
            part.Id = 0;
            part.Text = parts[i];
            db.Outbox.Insert(part);
        }
    }

    /// <summary>
    /// An album or voice note: a caption too long for the platform goes first as text of its own, and an album
    /// of more than <see cref="OutgoingMessage.MaxAlbum"/> photos becomes several (the caption on the first).
    /// </summary>
    private void AddMedia(OutgoingMessage message)
    {
        var capabilities = channels.For(message.Address);
        if (message.Text.Length > capabilities.MaxCaption)
        {
            foreach (var part in ChannelDirectory.Split(message.Text, capabilities.MaxText))
            {
                var text = TextOnlyCopy(message);
                text.Text = part;
                db.Outbox.Insert(text);
            }
            message.Text = "";
        }
        var albums = message.Album.Chunk(OutgoingMessage.MaxAlbum).ToList();
        if (albums.Count > 1)
            message.Album = [.. albums[0]];
        message.Id = 0;
        db.Outbox.Insert(message);
        foreach (var album in albums.Skip(1))
        {
            var more = TextOnlyCopy(message);
            more.Album = [.. album];
            db.Outbox.Insert(more);
        }
    }

    private static OutgoingMessage TextOnlyCopy(OutgoingMessage m) =>
        new()
        {
            Chat = m.Chat,
            Priority = m.Priority,
            CreatedAt = m.CreatedAt,
            NextAttemptAt = m.NextAttemptAt,
            NumberedChoices = m.NumberedChoices,
            BroadcastId = m.BroadcastId,
        };

    public OutgoingMessage? Find(int id) => db.Outbox.FindById(id);

    /// <summary>
    /// A message as it reads after the edits queued for it (the last text given, the last buttons), or null when
    /// it is gone (pruned) or is not a message. Edits come after it, so only ids above it are read.
    /// </summary>
    public ShownMessage? Shown(int id)
    {
        if (db.Outbox.FindById(id) is not { Kind: OutgoingKind.Message } original)
            return null;
        var shown = new ShownMessage(original.Text, original.Choices, original.RequestLocation);
        // Index seeks: with many chats busy, thousands of messages come after a question before its answer.
        foreach (var edit in db.Outbox.Find(m => m.EditOf == id).OrderBy(m => m.Id))
            shown = shown with { Text = edit.Text.Length > 0 ? edit.Text : shown.Text, Choices = edit.Choices };
        return shown;
    }

    /// <summary>New messages queued to <paramref name="chat"/> after <paramref name="id"/>.</summary>
    public int CountAfter(string chat, int id) =>
        db.Outbox.Find(m => m.Chat == chat).Count(m => m.Id > id && m.Kind == OutgoingKind.Message);

    /// <summary>
    /// The oldest pending message of each chat (one in flight per chat keeps each chat in order), most urgent
    /// first. The sender asks on every commit and every finished send, so only the four fields it sorts by are
    /// read: deserialising every pending message whole (texts, choices, a chart's bytes) took a core at 200
    /// updates/s once a backlog formed, and the backlog grew from it (scripts/bench steady).
    /// </summary>
    public List<OutboxHead> PendingHeads() =>
        db
            .Outbox.Query()
            .Where(m => m.Status == OutboxStatus.Pending)
            .Select(HeadFields)
            .ToEnumerable()
            .Select(d => new OutboxHead(
                d["_id"].AsInt32,
                d[nameof(OutgoingMessage.Chat)].AsString,
                (OutboxPriority)d[nameof(OutgoingMessage.Priority)].AsInt32,
                d[nameof(OutgoingMessage.NextAttemptAt)].AsDateTime
            ))
            .GroupBy(h => h.Chat)
            .Select(g => g.MinBy(h => h.Id)!)
            .OrderBy(h => h.Priority)
            .ThenBy(h => h.Id)
            .ToList();

    private const string HeadFields = "{ _id, Chat, Priority, NextAttemptAt }";

    public void Update(OutgoingMessage message)
    {
        writer.EnsureWriting();
        db.Outbox.Update(message);
    }

    /// <summary>The person blocked the bot: everything still queued for them is dropped.</summary>
    public void DropPendingFor(string chat, string? error)
    {
        writer.EnsureWriting();
        foreach (var queued in db.Outbox.Find(m => m.Chat == chat && m.Status == OutboxStatus.Pending).ToList())
        {
            queued.Status = OutboxStatus.Unreachable;
            queued.LastError = error;
            db.Outbox.Update(queued);
        }
    }

    public (int Queued, int Sent, int Failed) BroadcastProgress(int broadcastId)
    {
        var messages = db.Outbox.Find(m => m.BroadcastId == broadcastId).ToList();
        return (
            messages.Count(m => m.Status == OutboxStatus.Pending),
            messages.Count(m => m.Status == OutboxStatus.Sent),
            messages.Count(m => m.Status is OutboxStatus.Failed or OutboxStatus.Unreachable)
        );
    }

    /// <summary>Sent messages (and skipped edits) older than the cut-off go; failed ones stay for /stats.</summary>
    public int PruneSent(DateTime beforeUtc)
    {
        writer.EnsureWriting();
        return db.Outbox.DeleteMany(m =>
            (m.Status == OutboxStatus.Sent && m.SentAt < beforeUtc)
            || (m.Status == OutboxStatus.Skipped && m.CreatedAt < beforeUtc)
        );
    }

    public int CountPending() => db.Outbox.Count(m => m.Status == OutboxStatus.Pending);

    public int CountFailed() => db.Outbox.Count(m => m.Status == OutboxStatus.Failed);
}

/// <summary>What the sender needs to choose the next message: the rest is read when it is sent.</summary>
public sealed record OutboxHead(int Id, string Chat, OutboxPriority Priority, DateTime NextAttemptAt);
