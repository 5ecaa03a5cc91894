using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Reviews;

public sealed partial class ReviewDesk
{
    /// <summary>A card's button: decide, ask for the comment or reason first, or put it off.</summary>
    public void Press(Turn turn, ReviewButton button)
    {
        if (button.Decision == ReviewButton.Later)
        {
            Later(turn, button);
            return;
        }
        if (Decidable(turn, button) is null)
            return;
        if (button.Decision == ReviewButton.Approve)
        {
            Apply(turn, button, "");
            return;
        }
        var open = turn.Conversations.Find(turn.Chat.ToString());
        if (open is not null && open.FlowId != ReviewFlow.FlowId)
        {
            turn.Reply(T.FinishOpenDraftFirst); // an admin's half-filled report is not thrown away by a card
            return;
        }
        // A comment still being asked for another report gives way to the card just pressed (that report stays queued).
        if (open is not null)
            turn.Conversations.Delete(open.Id);
        runner.Start(turn, runner.Find(ReviewFlow.FlowId)!, ReviewFlow.Prefill(button), null);
    }

    /// <summary>A typed "1", "duyệt", "cần sửa", "loại" or "để sau", no question open, answers the last card.</summary>
    public bool AnswerCard(Turn turn)
    {
        if (turn.Member is not { } member || !ReviewAccess.IsReviewer(member))
            return false;
        var state = turn.Stores.Reviews.Reviewer(member.Id);
        if (state.CardCode is null)
            return false;
        var text = (turn.Message.Text ?? "").Trim().TrimEnd('.');
        var key = Parsing.TextKey.Of(text);
        var picked =
            int.TryParse(text, out var n) && n >= 1 && n <= ReviewCards.Decisions.Count
                ? ReviewCards.Decisions[n - 1]
                : ReviewCards.Decisions.FirstOrDefault(o => o.IsNamedBy(text, key))
                    ?? ReviewCards.Decisions.SingleOrDefault(o => o.StartsWith(key));
        if (picked is null)
            return false;
        Press(turn, new ReviewButton(state.CardCode, state.CardVersion, picked.Value, state.CardWalk));
        return true;
    }

    /// <summary>The end of the comment or reason question (or a plain approval): checked again, then applied.</summary>
    public void Decide(Turn turn, ReviewButton button, string comment)
    {
        if (Decidable(turn, button) is not null)
            Apply(turn, button, comment);
    }

    /// <summary>
    /// The report when this person may decide on it as the card showed it; otherwise answers with the report's
    /// current state (gone, not theirs, edited since, decided by someone else) and returns null.
    /// </summary>
    private Report? Decidable(Turn turn, ReviewButton button)
    {
        var report = turn.Reports.Find(button.Code);
        if (Refusal(turn, button, report) is not { } refused)
            return report;
        if (refused.Kind == ReviewRefusal.EditedSince)
            Show(turn, report!, button.Walk, T.ReviewEditedSince(report!.Code));
        else
        {
            turn.Reply(refused.Text);
            ForgetCard(turn, button.Code);
        }
        return null;
    }

    /// <summary>
    /// Why this person may not decide on the report as they saw it (at <see cref="ReviewButton.Version"/>), or
    /// null when they may: the rules every way of deciding goes through.
    /// </summary>
    private static ReviewOutcome? Refusal(Turn turn, ReviewButton button, Report? report)
    {
        var member = turn.Member!;
        // Another commune's report reads as "not found": refusals reveal nothing.
        if (report is null || !ReviewAccess.CanSee(member, report))
            return new(ReviewRefusal.NotFound, T.ReviewNotFound(button.Code));
        if (report.ReporterId == member.Id)
            return new(ReviewRefusal.OwnReport, T.ReviewOwnReport);
        var review = report.Review;
        if (review.Version != button.Version && review.IsWaiting)
            return new(ReviewRefusal.EditedSince, T.ReviewEditedSince(report.Code));
        if (review.Version != button.Version || (!review.IsWaiting && !turn.IsAdmin))
            return new(ReviewRefusal.Decided, AlreadyDecided(turn, report));
        if (!review.IsWaiting && StatusOf(button.Decision) == review.Status)
            return new(ReviewRefusal.Decided, T.ReviewAlreadyThat(report.Code, T.ReviewStatusName(review.Status)));
        return null;
    }

    private static string AlreadyDecided(Turn turn, Report report) =>
        report.Review.LastDecision is { } last && !report.Review.IsWaiting
            ? T.ReviewAlreadyDecided(
                report.Code,
                last.ByName,
                T.ReviewDecisionVerb(last.Status),
                $"{turn.Options.ToLocal(last.At):HH':'mm dd'/'MM}"
            )
            : T.ReviewStatusNow(report.Code, T.ReviewStatusName(report.Review.Status));

    private static ReviewStatus StatusOf(string decision) =>
        decision switch
        {
            ReviewButton.Approve => ReviewStatus.Approved,
            ReviewButton.SendBack => ReviewStatus.NeedsChanges,
            _ => ReviewStatus.Rejected,
        };

    private void Apply(Turn turn, ReviewButton button, string comment)
    {
        var member = turn.Member!;
        var report = turn.Reports.Find(button.Code)!;
        var review = report.Review;
        var before = review.Status;
        var decision = StatusOf(button.Decision);
        review.Status = decision;
        review.Version++;
        review.History.Add(
            new ReviewEntry
            {
                At = turn.Now,
                ById = member.Id,
                ByName = member.Name,
                Status = decision,
                Comment = comment,
            }
        );
        turn.Reports.Save(report);
        var changed = before is not (ReviewStatus.New or ReviewStatus.Resubmitted);
        var said = comment.Length > 0 ? $": {T.Clip(T.ReviewComment(comment))}" : "";
        turn.Audit(
            changed ? "review.change" : ActionOf(decision),
            report.Code,
            changed
                ? $"{T.ReviewStatusName(before)} → {T.ReviewStatusName(decision)}{said}"
                : $"{T.ReviewStatusName(decision)}{said}"
        );
        TellReporter(turn, report, decision, comment);
        ForgetCard(turn, report.Code);
        turn.Reply(
            changed
                ? T.ReviewChangedDone(report.Code, T.ReviewStatusName(before), T.ReviewStatusName(decision))
                : T.ReviewDone(report.Code, decision, report.ReporterName)
        );
        if (button.Walk)
            ShowNext(turn, report);
        else if (ReviewAccess.Queue(turn.Stores, member).Count is var waiting and > 0)
            turn.Reply(
                T.ReviewMoreWaiting(waiting),
                [new Choice(T.ReviewOpenQueueButton, ButtonData.Menu("review"))],
                false
            );
    }

    private static string ActionOf(ReviewStatus decision) =>
        decision switch
        {
            ReviewStatus.Approved => "review.approve",
            ReviewStatus.NeedsChanges => "review.sendback",
            _ => "review.reject",
        };
}
