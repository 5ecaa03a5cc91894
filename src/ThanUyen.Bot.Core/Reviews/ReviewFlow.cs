using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Reviews;

/// <summary>
/// The question after "↩️ Cần sửa" (the comment) or "🚫 Loại" (the reason). Started with the report's code,
/// the card's version and the decision pre-filled; durable like any flow, /cancel drops it and decides nothing.
/// </summary>
public sealed class ReviewFlow : IFlow
{
    public const string FlowId = "review";
    public string Id => FlowId;
    public string Title => T.ReviewFlowTitle;
    public IReadOnlyList<string> Commands => [];
    public string Description => T.ReviewDescription;
    public bool NeedsConfirm => false;

    public bool IsAllowed(Member member) => ReviewAccess.IsReviewer(member);

    /// <summary>The usual reasons; anything else typed is the reason in the reviewer's words.</summary>
    public static readonly IReadOnlyList<Option> Reasons =
    [
        new("dup", T.ReasonDuplicate, "trung", "trung lap", "lap lai"),
        new("place", T.ReasonWrongPlace, "sai noi", "sai cho", "sai ban", "sai dia diem"),
        new("fake", T.ReasonNotReal, "khong that", "khong co that", "gia"),
        new("figures", T.ReasonWrongFigures, "sai so", "sai so lieu", "so lieu sai"),
    ];

    public IReadOnlyList<Step> Steps { get; } =
    [
        new ReviewTextStep(
            "comment",
            T.ReviewCommentLabel,
            (turn, a) => T.ReviewAskComment(a.Text("report"), turn.Channel.Audio, ReviewTextStep.MaxLength)
        )
        {
            SkipWhen = (_, a) => !a.Is("decision", ReviewButton.SendBack),
        },
        new ReviewTextStep("reason", T.ReviewReasonLabel, (_, a) => T.ReviewAskReason(a.Text("report")), Reasons)
        {
            SkipWhen = (_, a) => !a.Is("decision", ReviewButton.Reject),
        },
    ];

    public static Dictionary<string, string> Prefill(ReviewButton button) =>
        new()
        {
            ["report"] = button.Code,
            ["version"] = Answers.Format(button.Version),
            ["decision"] = button.Decision,
            ["walk"] = button.Walk ? "1" : "0",
        };

    public void Complete(Turn turn, Answers answers, ConversationState state)
    {
        var decision = answers.Text("decision");
        var comment =
            decision == ReviewButton.SendBack ? answers.Text("comment")
            : Reasons.FirstOrDefault(o => o.Value == answers.Text("reason")) is { } reason ? reason.Label
            : answers.Text("reason");
        turn.Reviews?.Decide(
            turn,
            new ReviewButton(
                answers.Text("report"),
                answers.Number("version") ?? -1,
                decision,
                answers.Is("walk", "1")
            ),
            comment
        );
    }
}
