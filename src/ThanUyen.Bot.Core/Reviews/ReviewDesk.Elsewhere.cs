using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Reviews;

public sealed partial class ReviewDesk
{
    /// <summary>
    /// A decision taken outside the chat (the web view's forms), under the chat's rules: the checks a card's
    /// button goes through (<see cref="Refusal"/>), the comment question's limits, and the same effects — the
    /// history entry, the audit line and the reporter's message queued by <paramref name="turn"/>. The turn's
    /// own replies are not messages: their first is the outcome's text, for the caller to show where the person
    /// is (the caller leaves messages to <see cref="Turn.Chat"/> out of the outbox).
    /// </summary>
    public ReviewOutcome DecideElsewhere(Turn turn, ReviewButton button, string comment)
    {
        if (button.Decision is not (ReviewButton.Approve or ReviewButton.SendBack or ReviewButton.Reject))
            return new(ReviewRefusal.Invalid, T.ReviewUnknownDecision);
        if (Refusal(turn, button, turn.Reports.Find(button.Code)) is { } refused)
            return refused;
        comment = button.Decision == ReviewButton.Approve ? "" : comment.Trim();
        var missing = button.Decision == ReviewButton.SendBack ? T.ReviewWriteComment : T.ReviewWriteReason;
        if (button.Decision != ReviewButton.Approve && ReviewTextStep.Problem(comment, missing) is { } problem)
            return new(ReviewRefusal.Invalid, problem);
        Apply(turn, button with { Walk = false }, comment);
        return new(ReviewRefusal.None, turn.Outgoing.First(m => m.Chat == turn.Chat.ToString()).Text);
    }
}
