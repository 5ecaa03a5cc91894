using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Reviews;

/// <summary>
/// What a reviewer reads: the card (kind, village, reporter, the one-line summary, the answers, photos) and its
/// choices ✅ Duyệt · ↩️ Cần sửa · 🚫 Loại · ⏭️ Để sau — buttons on Telegram, numbered lines elsewhere.
/// </summary>
public sealed class ReviewCards(ReportKinds kinds, FlowRunner runner)
{
    /// <summary>The card's choices as typed words: "1", "duyệt", "can sua", "loai", "de sau".</summary>
    public static readonly IReadOnlyList<Option> Decisions =
    [
        new(ReviewButton.Approve, T.ReviewApproveButton, "duyet", "dong y", "ok", "dat"),
        new(ReviewButton.SendBack, T.ReviewSendBackButton, "can sua", "sua", "tra lai"),
        new(ReviewButton.Reject, T.ReviewRejectButton, "loai", "tu choi"),
        new(ReviewButton.Later, T.ReviewLaterButton, "de sau", "sau", "bo qua"),
    ];

    /// <summary>"🛒 Bán hàng · 🐄 Bò 3 con — 36.000.000 ₫": what the reporter is told their report was.</summary>
    public string Summary(Report report) => $"{Title(report)} · {kinds.OneLine(report)}";

    private string Title(Report report) => runner.Find(report.FlowId)?.Title ?? kinds.Name(report);

    public static List<Choice> Choices(Report report, bool walk) =>
        Decisions
            .Where(o => report.Review.IsWaiting || o.Value != ReviewButton.Later)
            .Select(o => new Choice(o.Label, new ReviewButton(report.Code, report.Review.Version, o.Value, walk).Data))
            .ToList();

    /// <summary>
    /// Queues the card for <paramref name="to"/>: the photos as one album just before it when the reader's
    /// platform can show them, then the text with its choices.
    /// </summary>
    public void Send(
        Turn turn,
        Report report,
        ChatAddress to,
        bool walk,
        string? lead = null,
        bool choices = true,
        OutboxPriority priority = OutboxPriority.Reply
    )
    {
        var photos = Photos(report);
        // The reader's platform shows the album: photos by file id from the same platform, kept files otherwise.
        var album = turn.Channels.For(to).PhotoUploads ? Media.ReportMedia.PhotosFor(turn.Stores, report, to) : [];
        var showPhoto = album.Count > 0;
        if (showPhoto)
            turn.Send(to, T.ReviewPhotoCaption(report.Code, album.Count), priority).Album = album;
        var text = Text(turn, report, photos.Count, showPhoto);
        if (lead is not null)
            text = $"{lead}\n\n{text}";
        turn.Send(to, text, priority, choices ? Choices(report, walk) : null);
    }

    public string Text(Turn turn, Report report, int photos, bool photoShown)
    {
        var review = report.Review;
        var village = turn.Catalogue.Village(report.VillageId)?.Name ?? "—";
        var lines = new List<string>
        {
            T.ReviewCardHead(report.Code, T.ReviewStatusName(review.Status)),
            T.ReviewCardWho(
                Title(report),
                village,
                report.ReporterName,
                $"{turn.Options.ToLocal(report.ReceivedAt):dd'/'MM HH':'mm}"
            ),
            kinds.OneLine(report),
        };
        lines.AddRange(AnswerLines(turn, report));
        if (photos > 0)
            lines.Add(photoShown ? T.ReviewPhotosAbove(photos) : T.ReviewPhotosNotShown(photos));
        if (
            review.Status == ReviewStatus.Resubmitted
            && review.LastDecision is { Status: ReviewStatus.NeedsChanges } asked
        )
            lines.Add(T.ReviewEarlierComment(asked.ByName, T.ReviewComment(asked.Comment)));
        if (!review.IsWaiting && review.LastDecision is { } decided)
            lines.Add(
                T.ReviewDecidedBy(
                    T.ReviewStatusName(decided.Status),
                    decided.ByName,
                    $"{turn.Options.ToLocal(decided.At):HH':'mm dd'/'MM}",
                    decided.Comment.Length > 0 ? T.ReviewComment(decided.Comment) : null
                )
            );
        return string.Join('\n', lines);
    }

    /// <summary>The answers as the reporter confirmed them: "• Số lượng: 3 con".</summary>
    private IEnumerable<string> AnswerLines(Turn turn, Report report)
    {
        if (runner.Find(report.FlowId) is not { } flow || report.Answers.Count == 0)
            yield break;
        var answers = new Answers(report.Answers);
        foreach (var step in flow.Steps.Where(s => !s.Hidden && answers.Has(s.Key)))
            yield return $"• {step.Label}: {FlowRunner.Shown(turn, step, answers, report.Answers[step.Key])}";
    }

    private List<string> Photos(Report report) =>
        runner.Find(report.FlowId) is { } flow
            ? flow
                .Steps.OfType<PhotoStep>()
                .SelectMany(s => ReportWriter.Photos(report.Answers.GetValueOrDefault(s.Key)))
                .ToList()
            : [];
}
