namespace ThanUyen.Bot.Core.Texts;

/// <summary>The three report flows, /my and /edit.</summary>
public static partial class Texts
{
    public const string AskVillage = "🏡 Báo cáo cho bản nào?";
    public const string AskMeetingKind = "📅 Đây là cuộc gì?";
    public const string AskTopic = "📚 Chủ đề là gì?";
    public const string AskOtherTopic = "✍️ Chủ đề là gì? Gõ ngắn gọn.";
    public const string AskMeetingDate = "📅 Họp ngày nào? Bấm nút, hoặc gõ ngày (ví dụ 15/5).";
    public const string AskParticipants = "👥 Có bao nhiêu người dự? Gõ số (ví dụ 25).";
    public const string AskWomen = "👩 Trong đó có bao nhiêu phụ nữ?";
    public const string AskMong = "Có bao nhiêu người Mông? (không biết thì bấm Bỏ qua)";
    public const string AskThai = "Có bao nhiêu người Thái? (không biết thì bấm Bỏ qua)";
    public const string AskOutcome = "📝 Kết quả chính là gì? Gõ ngắn, hoặc gửi tin nhắn thoại 🎤.";
    public const string AskMeetingPhotos = "📷 Gửi ảnh cuộc họp (có thể nhiều ảnh), hoặc bấm Bỏ qua.";

    public static string MoreThanParticipants(int participants) =>
        $"🔢 Không thể nhiều hơn số người dự ({participants}).";

    public const string NoSubProjects =
        "🛠️ Bản của bạn chưa có công trình nào đang làm. Bạn nhờ quản trị viên thêm công trình nhé.";
    public const string AskSubProject = "🛠️ Công trình nào?";
    public const string AskPercent = "📈 Đã xong bao nhiêu phần trăm? Gõ số từ 0 đến 100 (ví dụ 60).";

    public static string PercentLower(int last, int now) =>
        $"⚠️ Lần trước báo {last}%. Bây giờ là {now}%, thấp hơn. Đúng không?";

    public const string YesCorrect = "✅ Đúng";
    public const string NoRetype = "✏️ Không, gõ lại";
    public const string AskStatus = "🚦 Công trình đang thế nào?";
    public const string AskWorkdays = "💪 Từ lần báo trước, bà con góp bao nhiêu ngày công?";
    public const string AskCash = "💵 Bà con góp bao nhiêu tiền? (ví dụ 2tr, 500k)";
    public const string AskProblems = "🆘 Có khó khăn hay cần gì không? Gõ, hoặc gửi tin nhắn thoại 🎤.";
    public const string AskProgressPhoto = "📷 Gửi ảnh công trình (rất nên có), hoặc bấm Bỏ qua.";
    public const string AskLocation = "📍 Gửi vị trí công trình? Bấm \"📍 Gửi vị trí\", hoặc Bỏ qua.";

    public const string AskProduct = "🛒 Bán gì?";
    public const string AskOtherProduct = "✍️ Bán sản phẩm gì? Gõ tên.";

    public static string AskQuantity(string unit) => $"⚖️ Bán bao nhiêu? Ví dụ: 3 {unit}, 150 kg, 1,5 tạ.";

    public static string PricePerUnit(string unit) => $"💵 Giá mỗi {unit}";

    public const string PriceTotal = "💰 Tổng số tiền";

    /// <summary>The examples fit the unit: a head of cattle costs millions, a kilo of melon thousands.</summary>
    public static string AskUnitPrice(string unit) =>
        $"💵 Giá mỗi {unit} bao nhiêu? Ví dụ: "
        + unit switch
        {
            "kg" => "8k, 8 nghìn, 8.000 (8 nghìn đồng một kg)",
            "quả" => "20k, 20 nghìn, 20.000",
            "lít" => "300k, 300 nghìn, 300.000",
            _ => "12tr, 500k, 1.500.000",
        };

    public const string AskTotal = "💰 Tổng cộng được bao nhiêu tiền? Ví dụ: 36tr, 1,2 triệu";
    public const string AskBuyer = "🤝 Bán cho ai?";
    public const string AskSaleDate = "📅 Bán ngày nào?";
    public const string AskHousehold = "🏠 Hộ nào bán? Chọn trong danh sách, gõ tên chủ hộ, hoặc Bỏ qua.";
    public const string TotalLabel = "Thành tiền";

    public static string UnitPriceLabel(string unit) => $"Giá mỗi {unit}";

    public static string MeetingSummary(string topic, int people, int women) =>
        $"{topic} — {people} người, {women} phụ nữ";

    public static string ProgressSummary(string name, int percent, string status) => $"{name}: {percent}% — {status}";

    public static string SaleSummary(string product, string quantity, string total) =>
        $"{product} {quantity} — {total}";

    public static string ReportSaved(string code, string summary) =>
        $"✅ Đã lưu báo cáo {code}.\n{summary}\nCảm ơn bạn! Xem lại: /my";

    public static string ReportUpdated(string code, string summary) => $"✅ Đã sửa báo cáo {code}.\n{summary}";

    public const string NoReportsYet = "📋 Bạn chưa gửi báo cáo nào. Gõ /menu để bắt đầu.";
    public const string MyReportsHeader = "📋 Báo cáo gần đây của bạn:";
    public const string EditHint = "Muốn sửa: gõ /edit và mã, ví dụ /edit BC-0012";
    public const string EditUsage = "Cách dùng: /edit MÃ, ví dụ /edit BC-0012. Xem mã bằng /my.";
    public const string ReportNotFound = "❓ Không tìm thấy báo cáo này trong các báo cáo của bạn. Xem mã bằng /my.";

    public static string EditTooLate(int days) =>
        $"⌛ Chỉ sửa được báo cáo trong {days} ngày sau khi gửi. Bạn nhờ quản trị viên sửa giúp nhé.";

    public const string FinishOpenDraftFirst = "📝 Bạn đang làm dở một báo cáo. Hãy lưu hoặc /cancel nó trước.";
}
