using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>Open conversations, one per chat: where each person is in a flow.</summary>
public sealed class ConversationStore(BotDatabase db, DatabaseWriter writer)
{
    public ConversationState? Find(string chat) => db.Conversations.FindById(chat);

    public void Save(ConversationState state)
    {
        writer.EnsureWriting();
        db.Conversations.Upsert(state);
    }

    public void Delete(string chat)
    {
        writer.EnsureWriting();
        db.Conversations.Delete(chat);
    }

    /// <summary>Drafts untouched since then and not nudged yet.</summary>
    public List<ConversationState> IdleSince(DateTime utc) =>
        db.Conversations.Find(c => !c.Nudged && c.UpdatedAt <= utc).ToList();
}
