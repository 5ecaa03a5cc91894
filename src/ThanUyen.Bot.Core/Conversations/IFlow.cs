using ThanUyen.Bot.Core.Community;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// A conversation declared as data: ordered steps, then <see cref="Complete"/>. One file per flow in Flows/.
/// </summary>
public interface IFlow
{
    string Id { get; }

    /// <summary>Shown on the menu button and the confirm summary ("🐄 Bán hàng").</summary>
    string Title { get; }

    /// <summary>Commands that start it, without "/": "sale", "banhang".</summary>
    IReadOnlyList<string> Commands { get; }

    /// <summary>Description for /help and Telegram's command list.</summary>
    string Description { get; }
    bool NeedsConfirm { get; }
    IReadOnlyList<Step> Steps { get; }

    bool IsAllowed(Member member);

    /// <summary>
    /// A reason the flow cannot start for this person now (no sub-projects in the village …), or null.
    /// </summary>
    string? Unavailable(Turn turn) => null;

    /// <summary>Lines added under the answers at the confirm step (computed totals).</summary>
    IEnumerable<string> ExtraSummary(Turn turn, Answers answers) => [];

    /// <summary>
    /// What looks wrong before saving (a likely duplicate, an unusual price), each said plainly: the confirm step
    /// shows them with "— vẫn lưu?". Never a refusal.
    /// </summary>
    IEnumerable<string> Warnings(Turn turn, Answers answers, ConversationState state) => [];

    /// <summary>Turns the answers into their effect (a saved report, an invitation) and replies.</summary>
    void Complete(Turn turn, Answers answers, ConversationState state);
}
