namespace ThanUyen.Bot.Core.Texts;

/// <summary>
/// The web view's review (the status filter, the review history, the decision forms and their answers) and its
/// register parts (targets on the overview, the works' plan).
/// </summary>
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
        WebOnlyAdminsChange = "Báo cáo này đã có quyết định. Chỉ quản trị viên đổi được quyết định.";

    public static string WebBackToReport(string code) => $"← Xem lại {code}";

    public static string WebEditedSince(string code) =>
        $"✏️ {code} vừa được sửa sau khi bạn mở trang. Bạn xem lại bản mới nhất rồi quyết định nhé.";

    public static string WebCommentLimit(int max) => $"tối đa {max} chữ";

    // Targets on the overview, the register's works.
    public const string WebWholeProject = "Toàn dự án",
        WebIndicator = "Chỉ tiêu",
        WebAchieved = "Đạt được",
        WebTarget = "Mục tiêu",
        WebWorkStatus = "Tình trạng";

    public static string WebTargetsSince(DateOnly start) => $"Mục tiêu · từ {start:dd'/'MM'/'yyyy}";

    /// <summary>"12 cuộc", "45%", "36.000.000 ₫", or "—" when there is nothing to count from.</summary>
    public static string WebIndicatorValue(Register.Indicator indicator, decimal? value) =>
        value is null ? "—" : Register.Progress.ProjectOverview.Format(indicator, value) + Unit(indicator);

    public static string WebWorkTarget(Community.SubProject work) =>
        work.Target is { } t ? $"{Amount(t)} {work.TargetUnit}".TrimEnd() : NotTargeted;

    public static string WebWorkState(Community.WorkStatus status) =>
        $"{WorkStatusIcon(status)} {WorkStatusName(status)}";
}
