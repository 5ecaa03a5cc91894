using System.Collections.Concurrent;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// Open conversations, one per chat: where each person is in a flow. Read and written on nearly every
/// answer, so they are kept in memory (written through, dropped on a rollback) and handed out as copies.
/// </summary>
public sealed class ConversationStore
{
    private readonly BotDatabase _db;
    private readonly DatabaseWriter _writer;
    private readonly ConcurrentDictionary<string, ConversationState?> _open = new();
    private readonly ConcurrentDictionary<string, long> _versions = new();

    /// <summary>Goes up each time the chat's conversation is saved or deleted: did a command move it?</summary>
    public long Version(string chat) => _versions.GetValueOrDefault(chat);

    public ConversationStore(BotDatabase db, DatabaseWriter writer)
    {
        (_db, _writer) = (db, writer);
        db.Rolledback += _open.Clear;
    }

    public ConversationState? Find(string chat)
    {
        if (!_open.TryGetValue(chat, out var state))
        {
            state = _db.Conversations.FindById(chat);
            _open[chat] = state;
        }
        return state?.Copy();
    }

    public void Save(ConversationState state)
    {
        _writer.EnsureWriting();
        _db.Conversations.Upsert(state);
        _open[state.Id] = state.Copy();
        _versions.AddOrUpdate(state.Id, 1, (_, v) => v + 1);
    }

    public void Delete(string chat)
    {
        _writer.EnsureWriting();
        _db.Conversations.Delete(chat);
        _open[chat] = null;
        _versions.AddOrUpdate(chat, 1, (_, v) => v + 1);
    }

    /// <summary>Drafts untouched since then and not nudged yet.</summary>
    public List<ConversationState> IdleSince(DateTime utc) =>
        _db.Conversations.Find(c => !c.Nudged && c.UpdatedAt <= utc).ToList();

    public int Count() => _db.Conversations.Count();
}
