using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Reviews;

/// <summary>
/// Puts reports in front of their reviewers and carries out decisions, inside the turn that caused them: a
/// saved report is announced to the commune's officers in the same transaction that saves it, and a decision,
/// its audit line and the reporter's notice commit together — the first decision wins because turns run one at
/// a time on the writer.
/// </summary>
public sealed partial class ReviewDesk(ReviewCards cards, FlowRunner runner)
{
    /// <summary>A new report: a card to each officer of its commune who reviews as reports come ("now").</summary>
    public void Submitted(Turn turn, Report report) => Announce(turn, report, sentBack: null);

    /// <summary>
    /// A saved report was edited. Older cards go stale; edited by its reporter after a decision, it is
    /// resubmitted: back in the queue, and whoever sent it back is told.
    /// </summary>
    public void Edited(Turn turn, Report report)
    {
        var review = report.Review;
        review.Version++;
        var editor = turn.Member!;
        if (editor.Id != report.ReporterId || review.IsWaiting)
        {
            turn.Reports.Save(report);
            return;
        }
        var before = review.Status;
        var sentBack = before == ReviewStatus.NeedsChanges ? review.LastDecision : null;
        review.Status = ReviewStatus.Resubmitted;
        review.WaitingSince = turn.Now;
        review.History.Add(
            new ReviewEntry
            {
                At = turn.Now,
                ById = editor.Id,
                ByName = editor.Name,
                Status = ReviewStatus.Resubmitted,
            }
        );
        turn.Reports.Save(report);
        turn.Audit(
            "review.resubmit",
            report.Code,
            $"{T.ReviewStatusName(before)} → {T.ReviewStatusName(ReviewStatus.Resubmitted)}"
        );
        turn.Reply(T.ReviewResubmittedToReporter(report.Code));
        Announce(turn, report, sentBack);
    }

    private void Announce(Turn turn, Report report, ReviewEntry? sentBack)
    {
        var officers = ReviewAccess.OfficersFor(turn.Stores, report);
        // Whoever sent it back hears of the fix whatever their mode, even an admin outside the commune's officers.
        if (
            sentBack is not null
            && officers.All(o => o.Id != sentBack.ById)
            && turn.Members.Find(sentBack.ById) is { } asker
        )
            officers.Add(asker);
        foreach (var reviewer in officers)
        {
            if (!ReviewAccess.CanReview(reviewer, report) || reviewer.Unreachable || reviewer.MainAddress.Length == 0)
                continue;
            var asked = reviewer.Id == sentBack?.ById;
            var lead = asked ? T.ReviewFixedForYou(report.ReporterName, report.Code) : null;
            var state = turn.Stores.Reviews.Reviewer(reviewer.Id);
            if (state.Mode == ReviewMode.Now)
                Push(turn, report, reviewer, state, lead);
            else if (asked)
                turn.Send(Address(reviewer), $"{lead}\n{T.ReviewOpenQueueHint}", OutboxPriority.Reply);
        }
    }

    /// <summary>
    /// A card to a reviewer who did not ask for it. Where choices are numbered lines, a card whose number they
    /// may be typing stays the one numbers answer: the new report comes as a notice pointing to /review.
    /// </summary>
    private void Push(Turn turn, Report report, Member reviewer, ReviewerState state, string? lead)
    {
        var to = Address(reviewer);
        var open = OpenCard(turn, state) is not null;
        if (open && !turn.Channels.For(to).Buttons)
        {
            var notice = T.ReviewNewNotice(
                report.Code,
                cards.Summary(report),
                T.ReviewStatusName(report.Review.Status)
            );
            turn.Send(to, lead is null ? notice : $"{lead}\n{notice}", OutboxPriority.Reply);
            return;
        }
        cards.Send(turn, report, to, walk: false, lead);
        if (!open)
            RememberCard(turn, state, report, walk: false);
    }

    /// <summary>Shows a card in the reviewer's own chat (/review, the next in the queue, a fresh copy).</summary>
    private void Show(Turn turn, Report report, bool walk, string? lead = null)
    {
        var member = turn.Member!;
        var decidable = ReviewAccess.CanReview(member, report) && (report.Review.IsWaiting || turn.IsAdmin);
        cards.Send(turn, report, turn.Chat, walk, lead, choices: decidable);
        var state = turn.Stores.Reviews.Reviewer(member.Id);
        if (decidable)
            RememberCard(turn, state, report, walk);
        else if (state.CardCode == report.Code)
            ForgetCard(turn, state);
    }

    private static void RememberCard(Turn turn, ReviewerState state, Report report, bool walk)
    {
        (state.CardCode, state.CardVersion, state.CardWalk) = (report.Code, report.Review.Version, walk);
        turn.Stores.Reviews.Save(state);
    }

    private static void ForgetCard(Turn turn, ReviewerState state)
    {
        state.CardCode = null;
        turn.Stores.Reviews.Save(state);
    }

    /// <summary>Typed numbers stop going to this report's card (decided, gone, or not theirs to decide).</summary>
    private static void ForgetCard(Turn turn, string code)
    {
        var state = turn.Stores.Reviews.Reviewer(turn.Member!.Id);
        if (state.CardCode == code)
            ForgetCard(turn, state);
    }

    /// <summary>The remembered card while its report still waits as it was shown; else null.</summary>
    private static Report? OpenCard(Turn turn, ReviewerState state) =>
        state.CardCode is { } code
        && turn.Reports.Find(code) is { } report
        && report.Review.IsWaiting
        && report.Review.Version == state.CardVersion
            ? report
            : null;

    private static ChatAddress Address(Member member) => ChatAddress.Parse(member.MainAddress);

    /// <summary>Sets how a reviewer hears of waiting reports.</summary>
    public static void SetMode(Turn turn, ReviewMode mode)
    {
        var state = turn.Stores.Reviews.Reviewer(turn.Member!.Id);
        state.Mode = mode;
        turn.Stores.Reviews.Save(state);
    }

    /// <summary>Sent back: the comment and a button that opens the report at its confirm step. Rejected: why.</summary>
    private void TellReporter(Turn turn, Report report, ReviewStatus decision, string comment)
    {
        if (decision == ReviewStatus.Approved || turn.Members.Find(report.ReporterId) is not { Active: true } reporter)
            return;
        if (reporter.MainAddress.Length == 0)
            return;
        var to = ChatAddress.Parse(reporter.MainAddress);
        var summary = cards.Summary(report);
        if (decision == ReviewStatus.Rejected)
        {
            turn.Send(
                to,
                T.ReviewRejectedToReporter(report.Code, summary, turn.Member!.Name, T.ReviewComment(comment)),
                OutboxPriority.Reply
            );
            return;
        }
        var buttons = turn.Channels.For(to).Buttons;
        turn.Send(
            to,
            T.ReviewSentBackToReporter(report.Code, summary, turn.Member!.Name, T.ReviewComment(comment), buttons),
            OutboxPriority.Reply,
            buttons ? [new Choice(T.ReviewEditButton(report.Code), ReviewButton.Edit(report.Code))] : null,
            numbered: false
        );
    }
}
