namespace ThanUyen.Bot.Core.Texts;

/// <summary>
/// Every sentence the bot says, Vietnamese first. Short sentences, one question per message, plain
/// words: many readers read little. Split by topic across Texts.*.cs.
/// </summary>
public static partial class Texts
{
    public const string Today = "📅 Hôm nay";
    public const string Yesterday = "📅 Hôm qua";
    public const string Skip = "⏭️ Bỏ qua";
    public const string SkippedMark = "(bỏ qua)";
    public const string Save = "✅ Lưu";
    public const string Edit = "✏️ Sửa";
    public const string CancelButton = "❌ Hủy";
    public const string BackToSummary = "↩️ Quay lại";
    public const string ContinueDraft = "▶️ Làm tiếp báo cáo cũ";
    public const string DiscardDraft = "🗑️ Bỏ báo cáo cũ";

    public const string SomethingWentWrong =
        "😔 Xin lỗi, máy chủ gặp lỗi khi xử lý tin này. Bạn thử gửi lại nhé. Các câu trả lời trước vẫn được giữ.";
    public const string UnknownCommand =
        "🤔 Tôi không biết lệnh này. Gõ /menu để xem các việc bạn có thể làm, hoặc /help để được hướng dẫn.";
    public const string NotRegistered =
        "👋 Bạn chưa đăng ký dùng ThanUyen.Bot.\nHãy xin cán bộ xã hoặc quản trị viên một mã mời, rồi gửi: /start "
        + "MÃ_MỜI\nGõ /help để xem hướng dẫn.";
    public const string NotAllowed =
        "🔒 Việc này chỉ dành cho người có quyền khác. Gõ /help để xem các việc bạn làm được.";
    public const string NotUnderstood = "🤔 Tôi chưa hiểu. Bạn chọn một việc bên dưới nhé:";
    public const string StickerThanks = "😊 Cảm ơn bạn! Bạn chọn một việc bên dưới nhé:";
    public const string NothingOpenForAttachment =
        "📎 Tôi đã nhận, nhưng bây giờ chưa cần ảnh hay tệp. Bạn chọn một việc bên dưới nhé:";
    public const string OldButton = "⌛ Nút này đã cũ. Bạn trả lời câu hỏi đang mở nhé.";
    public const string NothingToCancel = "Không có báo cáo nào đang làm dở.";
    public const string StuckHelp =
        "🆘 Có vẻ khó trả lời? Gõ /back để quay lại câu trước, /cancel để hủy, hoặc hỏi cán bộ xã.";
    public const string AlreadyFirstQuestion = "↩️ Đây là câu hỏi đầu tiên rồi.";
    public const string Cancelled = "❌ Đã hủy. Chưa có gì được lưu.";

    public static string EditCancelled(string code) => $"❌ Đã hủy sửa. Báo cáo {code} giữ nguyên như cũ.";

    public const string ConfirmQuestion = "Thông tin đã đúng chưa?";
    public const string WhichField = "✏️ Bạn muốn sửa mục nào?";
    public const string DraftNoLongerValid = "Báo cáo đang làm dở không còn dùng được. Gõ /menu để bắt đầu lại.";
    public const string DraftDiscarded = "🗑️ Đã bỏ báo cáo cũ.";

    public static string DraftOpen(string title) => $"📝 Bạn đang làm dở một báo cáo ({title}). Làm tiếp hay bỏ nó đi?";

    public static string PickFromList(int count) =>
        count switch
        {
            <= 1 => "👉 Bạn bấm nút bên dưới nhé.",
            _ => $"👉 Bạn bấm một nút, gõ số từ 1 đến {count}, hoặc gõ tên.",
        };
}
