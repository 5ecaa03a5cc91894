using ThanUyen.Bot.Core;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reviews;
using ThanUyen.Bot.Web.Access;
using ThanUyen.Bot.Web.Html;
using static ThanUyen.Bot.Web.Html.Tags;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Pages;

/// <summary>
/// A report's review on its page: where it stands, and its history of decisions (who, when, what, why) — the
/// entries <see cref="ReviewDesk"/> keeps on the report, the same the chat's cards read.
/// </summary>
public static class ReviewPanel
{
    /// <summary>
    /// Where the report stands and, for whom <see cref="ReviewAccess"/> lets decide on it now (an officer of its
    /// commune while it waits; an admin always, to change a decision; never its reporter), the three decisions as
    /// forms. Each carries the version shown, so a report edited meanwhile is not decided unseen.
    /// </summary>
    public static Markup Status(Report report, WebViewer viewer)
    {
        var me = viewer.Member;
        var review = report.Review;
        var decidable = ReviewAccess.CanReview(me, report) && (review.IsWaiting || viewer.IsAdmin);
        var note =
            report.ReporterId == me.Id ? T.ReviewOwnReport
            : review.IsWaiting ? null
            : decidable ? T.ReviewChangeLead
            : T.WebOnlyAdminsChange;
        return H(
            $"""
            <section class="review" id="duyet"><h2>{T.WebStatus}: <span class="status">{T.ReviewStatusMark(
                review.Status
            )}</span></h2>{Markup.When(note is not null, H($"<p class=\"muted\">{note}</p>"))}
            {Markup.When(decidable, Forms(report, viewer))}</section>
            """
        );
    }

    private static Markup Forms(Report report, WebViewer viewer)
    {
        Markup Open(string decision) =>
            H(
                $"""
                <form method="post" action="/web/reports/{report.Code}/review">{Form.Token(viewer)}
                <input type="hidden" name="version" value="{report.Review.Version}">
                <input type="hidden" name="decision" value="{decision}">
                """
            );
        var max = ReviewTextStep.MaxLength;
        return H(
            $"""
            <div class="decide">{Open(ReviewButton.Approve)}
            <button type="submit" class="primary">{T.ReviewApproveButton}</button></form>
            {Open(ReviewButton.SendBack)}<label>{T.WebCommentLabel} ({T.WebCommentLimit(max)})
            <textarea name="comment" rows="3" maxlength="{max}" required></textarea></label>
            <button type="submit">{T.ReviewSendBackButton}</button></form>
            {Open(ReviewButton.Reject)}<label>{T.WebReasonLabel}
            <input name="comment" list="ly-do" maxlength="{max}" required></label>
            <datalist id="ly-do">{Each(ReviewFlow.Reasons, o => H($"<option value=\"{o.Label}\">"))}</datalist>
            <button type="submit">{T.ReviewRejectButton}</button></form></div>
            """
        );
    }

    public static Markup History(Report report, BotOptions o)
    {
        var entries = report.Review.History;
        if (entries.Count == 0)
            return H($"<h2>{T.WebReviewHistory}</h2><p class=\"muted\">{T.WebNoReviewYet}</p>");
        var rows = Each(
            entries,
            e =>
                H(
                    $"""
                    <tr><td>{Show.Time(o, e.At)}</td><td>{e.ByName}</td><td>{T.ReviewStatusMark(e.Status)}</td>
                    <td>{(e.Comment.Length > 0 ? T.ReviewComment(e.Comment) : "")}</td></tr>
                    """
                )
        );
        return H(
            $"""
            <h2>{T.WebReviewHistory}</h2><div class="table"><table class="review-history"><thead><tr>
            <th>{T.WebWhen}</th><th>{T.WebWho}</th><th>{T.WebDecision}</th><th>{T.WebComment}</th></tr></thead>
            <tbody>{rows}</tbody></table></div>
            """
        );
    }
}
