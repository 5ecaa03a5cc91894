using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reports.Export;

namespace ThanUyen.Bot.Core.Reviews;

/// <summary>The review columns every kind's sheet ends with: status, reviewer, review time, comment.</summary>
public static class ReviewColumns
{
    public static IEnumerable<ExportColumn<Report>> For(ExportContext context) =>
        [
            new(T.ColumnReviewStatus, r => T.ReviewStatusName(r.Review.Status)),
            new(T.ColumnReviewer, r => r.Review.LastDecision?.ByName ?? ""),
            new(T.ColumnReviewedAt, r => r.Review.LastDecision is { } d ? (object)context.Local(d.At) : null),
            new(T.ColumnReviewComment, r => ExportContext.Text(r.Review.LastDecision?.Comment ?? "")),
        ];
}
