using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Reviews;

/// <summary>
/// What reviews change in the weekly digest: which reports its figures count (Review:DigestCounts — rejected
/// reports never count) and the line saying how many of the week's reports are approved, waiting, sent back.
/// </summary>
public static class ReviewDigest
{
    public static bool Counts(Report report, ReviewOptions options) =>
        options.ApprovedOnly
            ? report.Review.Status == ReviewStatus.Approved
            : report.Review.Status != ReviewStatus.Rejected;

    /// <summary>The review line for the week's reports (all of them, whatever is counted), or null when none.</summary>
    public static string? Line(IReadOnlyList<Report> week, ReviewOptions options)
    {
        if (week.Count == 0)
            return null;
        int Count(params ReviewStatus[] statuses) => week.Count(r => statuses.Contains(r.Review.Status));
        var waiting = Count(ReviewStatus.New, ReviewStatus.Resubmitted);
        var sentBack = Count(ReviewStatus.NeedsChanges);
        var rejected = Count(ReviewStatus.Rejected);
        var line = T.DigestReview(Count(ReviewStatus.Approved), waiting, sentBack, rejected);
        var note =
            options.ApprovedOnly ? (waiting + sentBack + rejected > 0 ? T.DigestReviewApprovedOnly : null)
            : waiting + sentBack > 0 ? T.DigestReviewIncludesWaiting(waiting + sentBack)
            : rejected > 0 ? T.DigestReviewRejectedLeftOut
            : null;
        return note is null ? line : $"{line}\n{note}";
    }
}
