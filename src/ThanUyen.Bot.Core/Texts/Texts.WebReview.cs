namespace ThanUyen.Bot.Core.Texts;

/// <summary>The web view's review: the status filter, the review history, the decision forms and their answers.</summary>
public static partial class Texts
{
    public const string WebStatus = "Trạng thái",
        WebReviewHistory = "Lịch sử duyệt",
        WebNoReviewYet = "Chưa ai duyệt báo cáo này.",
        WebWhen = "Lúc",
        WebWho = "Người",
        WebDecision = "Quyết định",
        WebComment = "Nhận xét, lý do";

    public const string ReviewUnknownDecision = "❓ Không rõ bạn chọn duyệt, cần sửa hay loại. Bạn chọn lại nhé.";
    public const string ReviewWriteComment =
        "✍️ Bạn viết vài chữ nhận xét (cần sửa gì) rồi bấm lại. Báo cáo chưa bị thay đổi gì.";
    public const string ReviewWriteReason = "✍️ Bạn viết lý do loại rồi bấm lại. Báo cáo chưa bị thay đổi gì.";

    // The decision forms on a report's page.
    public const string WebCommentLabel = "Nhận xét: cần sửa gì",
        WebReasonLabel = "Lý do loại",
        WebReviewRefused = "Chưa ghi được quyết định",
        WebCannotDecide = "Bạn chỉ xem được báo cáo này, không duyệt được.";

    public static string WebBackToReport(string code) => $"← Xem lại {code}";

    public static string WebEditedSince(string code) =>
        $"✏️ {code} vừa được sửa sau khi bạn mở trang. Bạn xem lại bản mới nhất rồi quyết định nhé.";

    public static string WebCommentLimit(int max) => $"tối đa {max} chữ";
}
