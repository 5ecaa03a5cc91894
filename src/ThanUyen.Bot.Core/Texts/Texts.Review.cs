using System.Globalization;
using ThanUyen.Bot.Core.Reviews;

namespace ThanUyen.Bot.Core.Texts;

/// <summary>Reviews: cards, decisions, what reporters are told, the queue, reminders, figures.</summary>
public static partial class Texts
{
    private static readonly CultureInfo ViCulture = CultureInfo.GetCultureInfo("vi-VN");

    public const string ReviewFlowTitle = "🔎 Duyệt báo cáo";
    public const string ReviewDescription =
        "Duyệt báo cáo của xã: /review (lần lượt từng báo cáo), /review BC-0012, /review mode now|daily";
    public const string MenuReview = "🔎 Duyệt báo cáo";

    public static string ReviewStatusName(ReviewStatus status) =>
        status switch
        {
            ReviewStatus.Approved => "đã duyệt",
            ReviewStatus.NeedsChanges => "cần sửa",
            ReviewStatus.Rejected => "loại",
            ReviewStatus.Resubmitted => "đã sửa, chờ duyệt",
            _ => "mới",
        };

    /// <summary>/my: "✅ đã duyệt".</summary>
    public static string ReviewStatusMark(ReviewStatus status) =>
        status switch
        {
            ReviewStatus.Approved => "✅ đã duyệt",
            ReviewStatus.NeedsChanges => "↩️ cần sửa",
            ReviewStatus.Rejected => "🚫 loại",
            ReviewStatus.Resubmitted => "✏️ đã sửa, chờ duyệt",
            _ => "🆕 mới, chờ duyệt",
        };

    /// <summary>"BC-0012 đã được Hoa {duyệt} lúc …".</summary>
    public static string ReviewDecisionVerb(ReviewStatus status) =>
        status switch
        {
            ReviewStatus.Approved => "duyệt",
            ReviewStatus.NeedsChanges => "trả lại để sửa",
            _ => "loại",
        };

    public const string ReviewApproveButton = "✅ Duyệt";
    public const string ReviewSendBackButton = "↩️ Cần sửa";
    public const string ReviewRejectButton = "🚫 Loại";
    public const string ReviewLaterButton = "⏭️ Để sau";
    public const string ReviewOpenQueueButton = "🔎 Xem hàng chờ duyệt";

    public static string ReviewEditButton(string code) => $"✏️ Sửa {code}";

    public static string ReviewCardHead(string code, string status) => $"🔎 {code} · {status}";

    public static string ReviewCardWho(string kind, string village, string reporter, string when) =>
        $"{kind} · 🏡 {village} · 👤 {reporter} · 🕘 {when}";

    public static string ReviewPhotoCaption(string code, int count) =>
        count == 1 ? $"📷 Ảnh của {code}" : $"📷 {count} ảnh của {code}";

    public static string ReviewPhotosAbove(int count) => count == 1 ? "📷 1 ảnh (ở trên)" : $"📷 {count} ảnh (ở trên)";

    public static string ReviewPhotosNotShown(int count) => $"📷 {count} ảnh (xem trên Telegram hoặc trang web)";

    public static string ReviewEarlierComment(string name, string comment) => $"↩️ Lần trước {name} nhắn: {comment}";

    public static string ReviewDecidedBy(string status, string name, string when, string? comment) =>
        $"🧾 {status} — {name}, {when}{(comment is null ? "" : $"\n💬 {comment}")}";

    /// <summary>A comment as people read it: a voice note reads "🎤 tin nhắn thoại (12 giây)".</summary>
    public static string ReviewComment(string value) =>
        value.StartsWith(Conversations.TextStep.VoicePrefix, StringComparison.Ordinal)
            ? VoiceNote(value.Split(':')[^1])
            : value;

    public const string ReviewCommentLabel = "Nhận xét";
    public const string ReviewReasonLabel = "Lý do";

    public static string ReviewAskComment(string code, bool voice, int max) =>
        $"↩️ {code} cần sửa gì? Bạn gõ nhận xét ngắn (tối đa {max.ToString("N0", ViCulture)} chữ)"
        + (voice ? " hoặc gửi tin nhắn thoại 🎤." : ".")
        + " Người báo cáo sẽ nhận được. Thôi: /cancel";

    public static string ReviewAskReason(string code) =>
        $"🚫 Vì sao loại {code}? Chọn một lý do, hoặc gõ lý do của bạn. Thôi: /cancel";

    public const string ReasonDuplicate = "🔁 Trùng lặp";
    public const string ReasonWrongPlace = "📍 Sai nơi";
    public const string ReasonNotReal = "❌ Không có thật";
    public const string ReasonWrongFigures = "🔢 Số liệu sai";
    public const string ReviewNeedComment = "✍️ Bạn gõ vài chữ nhận xét, hoặc gửi tin nhắn thoại 🎤.";

    public static string ReviewCommentTooLong(int length, int max) =>
        $"✍️ Nhận xét dài {length.ToString("N0", ViCulture)} chữ, tối đa {max.ToString("N0", ViCulture)} chữ. "
        + "Bạn gửi lại ngắn hơn nhé. Báo cáo chưa bị thay đổi gì.";

    public static string ReviewDone(string code, ReviewStatus decision, string reporter) =>
        decision switch
        {
            ReviewStatus.Approved => $"✅ Đã duyệt {code}.",
            ReviewStatus.Rejected => $"🚫 Đã loại {code}. {reporter} sẽ được báo lý do.",
            _ => $"↩️ Đã gửi {code} về cho {reporter} sửa, kèm nhận xét của bạn.",
        };

    public static string ReviewChangedDone(string code, string from, string to) => $"🔁 Đã đổi {code}: {from} → {to}.";

    public static string ReviewMoreWaiting(int n) => $"📋 Còn {n} báo cáo chờ duyệt.";

    public static string ReviewAlreadyDecided(string code, string name, string verb, string when) =>
        $"ℹ️ {code} đã được {name} {verb} lúc {when}. Không có gì thay đổi.";

    public static string ReviewStatusNow(string code, string status) => $"ℹ️ {code} bây giờ: {status}.";

    public static string ReviewAlreadyThat(string code, string status) => $"ℹ️ {code} đã ở trạng thái «{status}».";

    public static string ReviewEditedSince(string code) =>
        $"✏️ {code} vừa được sửa sau khi thẻ kia gửi đi. Đây là bản mới nhất:";

    public static string ReviewNotFound(string code) =>
        $"❓ Không tìm thấy {code} trong các báo cáo bạn được duyệt (có thể đã bị xóa).";

    public const string ReviewOwnReport = "🙅 Đây là báo cáo của bạn: người khác sẽ duyệt.";
    public const string ReviewChangeLead = "🔁 Báo cáo này đã có quyết định. Bạn là quản trị viên nên có thể đổi:";
    public const string ReviewQueueEmpty = "🎉 Không còn báo cáo nào chờ duyệt.";

    public static string ReviewPassDone(int left) =>
        $"✅ Đã xem hết lượt này. Còn {left} báo cáo bạn để sau: gõ /review để xem lại từ đầu.";

    public static string ReviewQueueLead(int rest, int total) =>
        rest == total ? $"📋 {total} báo cáo chờ duyệt, cũ nhất trước:" : $"📋 Còn {rest} báo cáo trong lượt này:";

    public static string ReviewPutOff(string code) => $"⏭️ Để sau. {code} vẫn trong hàng chờ: /review";

    public static string ReviewNewNotice(string code, string summary, string status) =>
        $"📥 {code} ({status}) chờ duyệt: {summary}\nBáo cáo này sẽ hiện sau thẻ bạn đang xem, hoặc gõ /review.";

    public const string ReviewOpenQueueHint = "Gõ /review để xem và duyệt.";

    public static string ReviewFixedForYou(string reporter, string code) =>
        $"✏️ {reporter} đã sửa {code} theo nhận xét của bạn. Báo cáo chờ duyệt lại.";

    public static string ReviewResubmittedToReporter(string code) =>
        $"📨 {code} đã được gửi lại cho cán bộ xã duyệt. Cảm ơn bạn!";

    public static string ReviewSentBackToReporter(
        string code,
        string summary,
        string reviewer,
        string comment,
        bool button
    ) =>
        $"↩️ Báo cáo {code} cần sửa.\n{summary}\n💬 {reviewer}: {comment}\n"
        + (button ? $"Bấm «✏️ Sửa {code}» để sửa rồi lưu lại." : $"Gõ /edit {code} để sửa rồi lưu lại.");

    public static string ReviewRejectedToReporter(string code, string summary, string reviewer, string reason) =>
        $"🚫 Báo cáo {code} không được nhận.\n{summary}\nLý do ({reviewer}): {reason}\n"
        + "Có gì chưa rõ, bạn hỏi cán bộ xã nhé.";

    public static string ReviewModeIs(bool daily, int hour) =>
        (
            daily
                ? $"🗓️ Bạn nhận một tin mỗi ngày lúc {hour} giờ khi có báo cáo chờ duyệt."
                : "⚡ Bạn nhận từng báo cáo ngay khi có."
        ) + "\nĐổi: /review mode now (ngay) hoặc /review mode daily (mỗi ngày)";

    public const string ReviewModeUsage = "Cách dùng: /review mode now (nhận ngay) hoặc /review mode daily (mỗi ngày)";

    public static string ReviewModeSet(bool daily, int hour) =>
        daily
            ? $"🗓️ Từ nay bạn nhận một tin mỗi ngày lúc {hour} giờ khi có báo cáo chờ duyệt."
            : "⚡ Từ nay mỗi báo cáo mới hoặc đã sửa sẽ đến ngay để bạn duyệt.";

    public static string ReviewDaily(int count, int late) =>
        $"📋 {count} báo cáo chờ duyệt → /review" + (late > 0 ? $"\n⏳ {late} báo cáo đã chờ lâu." : "");

    public static string ReviewNudge(int late, int days) =>
        $"⏳ {late} báo cáo đã chờ duyệt hơn {days} ngày. Gõ /review để xem. (Tắt nhắc: /remind off)";

    public static string ReviewCount(int n, string status) => $"{n} {status}";

    public static string ReviewMemberReports(string counts) => $"🔎 Báo cáo: {counts}";

    public static string ReviewBacklog(string commune, int waiting, string? oldest, string? median, bool lags) =>
        $"🔎 Duyệt xã {commune}: {waiting} chờ"
        + (oldest is null ? "" : $" (lâu nhất {oldest})")
        + $" · thời gian duyệt (trung vị) {median ?? "—"}"
        + (lags ? " ⚠️" : "");

    public static string ReviewLagging(string communes) => $"⚠️ Xã chậm duyệt: {communes}";

    /// <summary>"45 phút", "5 giờ", "1,5 ngày".</summary>
    public static string Duration(TimeSpan span) =>
        span.TotalHours < 1 ? $"{Math.Max(0, (int)span.TotalMinutes)} phút"
        : span.TotalDays < 1 ? $"{(int)span.TotalHours} giờ"
        : $"{span.TotalDays.ToString("0.#", ViCulture)} ngày";

    public static string DigestReview(int approved, int waiting, int sentBack, int rejected) =>
        $"🔎 Duyệt: {approved} đã duyệt · {waiting} chờ duyệt · {sentBack} cần sửa · {rejected} loại";

    public static string DigestReviewIncludesWaiting(int n) =>
        $"  Số liệu trên tính cả {n} báo cáo (chờ duyệt) hoặc cần sửa; không tính báo cáo bị loại.";

    public const string DigestReviewRejectedLeftOut = "  Số liệu trên không tính báo cáo bị loại.";
    public const string DigestReviewApprovedOnly = "  Số liệu trên chỉ tính báo cáo đã duyệt.";

    public const string ColumnReviewStatus = "Trạng thái duyệt",
        ColumnReviewer = "Người duyệt",
        ColumnReviewedAt = "Thời gian duyệt",
        ColumnReviewComment = "Nhận xét duyệt";
}
