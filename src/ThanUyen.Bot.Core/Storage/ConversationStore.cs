using System.Collections.Concurrent;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// Open conversations, one per chat: where each person is in a flow. Read and written on nearly every
/// answer, so they are kept in memory (dropped on a rollback) and handed out as copies. A save or delete is
/// written once, just before its transaction commits: a turn saves its conversation two or three times (the
/// answer, then the id of the question it asked), and each save used to re-serialise the whole document.
/// </summary>
public sealed class ConversationStore
{
    private readonly BotDatabase _db;
    private readonly DatabaseWriter _writer;
    private readonly ConcurrentDictionary<string, ConversationState?> _open = new();
    private readonly ConcurrentDictionary<string, long> _versions = new();

    // Chats saved or deleted in the transaction that is running; only the writer thread touches it.
    private readonly HashSet<string> _dirty = [];

    /// <summary>Goes up each time the chat's conversation is saved or deleted: did a command move it?</summary>
    public long Version(string chat) => _versions.GetValueOrDefault(chat);

    public ConversationStore(BotDatabase db, DatabaseWriter writer)
    {
        (_db, _writer) = (db, writer);
        db.Rolledback += () =>
        {
            _open.Clear();
            _dirty.Clear();
        };
        db.Committing += Flush;
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
        _open[state.Id] = state.Copy();
        _dirty.Add(state.Id);
        _versions.AddOrUpdate(state.Id, 1, (_, v) => v + 1);
    }

    public void Delete(string chat)
    {
        _writer.EnsureWriting();
        _open[chat] = null;
        _dirty.Add(chat);
        _versions.AddOrUpdate(chat, 1, (_, v) => v + 1);
    }

    /// <summary>Drafts untouched since then and not nudged yet.</summary>
    public List<ConversationState> IdleSince(DateTime utc)
    {
        if (_writer.IsWriterThread)
            Flush(); // saves earlier in this transaction count
        return _db.Conversations.Find(c => !c.Nudged && c.UpdatedAt <= utc).ToList();
    }

    /// <summary>Writes the saves and deletes kept for this transaction (called by the writer before commit).</summary>
    private void Flush()
    {
        if (_dirty.Count == 0)
            return;
        foreach (var chat in _dirty)
            if (_open.TryGetValue(chat, out var state) && state is not null)
                _db.Conversations.Upsert(state);
            else
                _db.Conversations.Delete(chat);
        _dirty.Clear();
    }
}
