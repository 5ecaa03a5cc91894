using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// The message that asks a conversation's open question. Where the channel edits messages, an answered question
/// loses its buttons and shows the answer ("🛒 Bán gì? → 🐄 Bò"): scrolling back shows answers, not live-looking
/// keyboards, and only the open question has buttons. Typed answers to questions without buttons leave them as
/// they are. Channels without edits (Zalo, console) keep their numbered questions unchanged.
/// </summary>
public static class QuestionMessages
{
    /// <summary>
    /// A stale press re-sends the open question only when this many of the bot's messages came after it: each
    /// answers one of the person's, so two mean about four messages below the question, off a phone's screen.
    /// </summary>
    public const int FarAfter = 2;

    /// <summary>
    /// <paramref name="message"/> asks the open question now: the one asked before loses its buttons, and the
    /// state learns the new message's outbox id once it is queued (in the same transaction).
    /// </summary>
    public static void Asked(Turn turn, ConversationState state, OutgoingMessage message)
    {
        Close(turn, state, null);
        turn.OnQueued(
            message,
            id =>
            {
                state.QuestionId = id;
                // Only if this conversation is still the chat's open one (the turn may have ended it since); the
                // database keeps times to the millisecond.
                if (
                    turn.Conversations.Find(state.Id) is { } stored
                    && stored.FlowId == state.FlowId
                    && (stored.StartedAt - state.StartedAt).Duration() < TimeSpan.FromMilliseconds(1)
                )
                    turn.Conversations.Save(state);
            }
        );
    }

    /// <summary>
    /// The open question was answered (<paramref name="answer"/> as people read it, or null to keep its text) or
    /// left: its buttons go. Nothing is sent where the channel cannot edit or the question had no buttons.
    /// </summary>
    public static void Close(Turn turn, ConversationState state, string? answer)
    {
        if (state.QuestionId is not { } id)
            return;
        state.QuestionId = null;
        var chat = ChatAddress.Parse(state.Id);
        var channel = turn.Channels.For(chat);
        if (!channel.Edits || turn.Stores.Outbox.Shown(id) is not { Choices.Count: > 0, RequestLocation: false } shown)
            return;
        var text = answer is null ? "" : $"{shown.Text} → {answer}";
        turn.Edit(chat, id, text.Length <= channel.MaxText ? text : "");
    }

    /// <summary>Replaces the open question's message with another question (the confirm screen's field list).</summary>
    public static bool Replace(Turn turn, ConversationState state, string text, IEnumerable<Choice> choices)
    {
        var chat = ChatAddress.Parse(state.Id);
        if (state.QuestionId is not { } id || !turn.Channels.For(chat).Edits || turn.Stores.Outbox.Shown(id) is null)
            return false;
        turn.Edit(chat, id, text, choices);
        return true;
    }

    /// <summary>The open question is still near the bottom of the chat: a stale press needs only a toast.</summary>
    public static bool Visible(Turn turn, ConversationState state) =>
        state.QuestionId is { } id && turn.Stores.Outbox.CountAfter(state.Id, id) < FarAfter;
}
