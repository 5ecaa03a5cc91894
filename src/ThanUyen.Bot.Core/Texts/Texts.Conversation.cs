namespace ThanUyen.Bot.Core.Texts;

/// <summary>The conversation engine's own words: stale buttons, skips, "did you mean", pages, working.</summary>
public static partial class Texts
{
    /// <summary>A toast (Telegram shows it over the chat for a moment): at most 200 characters.</summary>
    public const string OldButtonToast = "⌛ Nút này đã cũ. Bạn trả lời câu hỏi đang mở ở dưới cùng nhé.";

    public const string OldButtonNoDraftToast = "⌛ Nút này đã cũ. Gõ /menu để chọn việc mới.";

    public const string CannotSkip = "✋ Câu này cần trả lời, không bỏ qua được.";

    public const string DidYouMean = "🤔 Ý bạn là cái nào? Bấm nút, gõ số, hoặc gõ lại tên cho rõ.";

    /// <summary>After the warnings at the confirm step.</summary>
    public const string SaveAnyway = "vẫn lưu?";

    public const string BackToOpenQuestion = "↪️ Tiếp tục báo cáo đang làm:";

    public static string PageOf(int page, int pages) => $"trang {page}/{pages}";

    public const string PreviousPage = "◀️ Trước";
    public const string NextPage = "Sau ▶️";

    public const string TypeNextPage = "👉 Gõ \"tiep\" để xem trang sau.";

    public const string NoMorePages = "📄 Đây là trang cuối rồi.";

    public const string NoListToPage = "📄 Chưa có danh sách nào để xem tiếp. Gõ /menu để chọn việc.";

    public const string BackDescription = "Quay lại câu hỏi trước";
    public const string CancelDescription = "Hủy báo cáo đang làm";
}
