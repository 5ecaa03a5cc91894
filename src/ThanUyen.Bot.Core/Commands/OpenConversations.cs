using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>What changes to a person's role or membership do to the reports they are filling in.</summary>
public static class OpenConversations
{
    /// <summary>Ends every open conversation of <paramref name="member"/> and tells them why.</summary>
    public static void End(Turn turn, Member member)
    {
        foreach (var address in member.Addresses)
        {
            if (turn.Conversations.Find(address) is not { } open)
                continue;
            QuestionMessages.Close(turn, open, null); // its buttons would only get "this button is old"
            turn.Conversations.Delete(address);
            turn.Send(ChatAddress.Parse(address), T.ConversationEndedByRoleChange, OutboxPriority.Reply);
        }
    }
}
