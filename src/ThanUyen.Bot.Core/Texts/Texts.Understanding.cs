namespace ThanUyen.Bot.Core.Texts;

/// <summary>Understanding people as they write: sentences, greetings, dates, prices, duplicates, errors.</summary>
public static partial class Texts
{
    public static string Greeting(string name) =>
        $"👋 Chào {name}! Bạn muốn báo cáo gì? Chọn bên dưới, hoặc gõ luôn, ví dụ: bán trâu 2 con 30 triệu";

    public const string ThanksReply = "😊 Không có gì ạ! Cần báo cáo gì bạn cứ nhắn nhé.";

    public const string NotUnderstoodTry =
        "🤔 Tôi chưa hiểu. Bạn chọn một việc bên dưới (bấm nút hoặc gõ số), hoặc gõ như: bán trâu 2 con 30 triệu";

    public const string Understood = "📝 Tôi đã ghi:";

    public const string SentenceDateInFuture = "📅 Ngày bạn gõ ở tương lai, chưa ghi được.";

    /// <summary>"📅 Ngày 02/12/2026 ở tương lai — ngày bán không thể ở tương lai."</summary>
    public static string DateInFutureOf(string what, string date) =>
        $"📅 Ngày {date} ở tương lai — {what} không thể ở tương lai. Bạn gõ lại, ví dụ: hôm nay, hôm qua, 15/5";

    public static string TextCut(int kept, string cut) =>
        $"✂️ Tin dài quá: tôi giữ {kept} chữ cái đầu. Phần bị cắt: \"{cut}\"";

    /// <summary>After an amount typed without "mỗi con" or "tổng".</summary>
    public static string AskPriceKindOf(string amount, string unit) =>
        $"💰 {amount} là giá mỗi {unit} hay tổng số tiền?";

    public static string AskPriceKindOrAmount(string unit) =>
        $"💰 Bạn biết giá mỗi {unit} hay tổng số tiền? Bấm nút, hoặc gõ luôn số tiền (ví dụ: "
        + unit switch
        {
            "con" => "30tr cả 2 con, 15tr/con).",
            "kg" => "tổng 1,2tr, 8k/kg).",
            _ => $"tổng 1tr, 20k/{unit}).",
        };

    /// <summary>"Giống báo cáo BC-0001 ngày 30/11".</summary>
    public static string LikelyDuplicate(string code, string date) => $"Giống báo cáo {code} ngày {date}";

    /// <summary>"2 con trâu — 300.000 ₫ (150.000 ₫/con)? Thường 10–60 triệu/con".</summary>
    public static string UnusualPrice(string quantity, string product, string total, string? perUnit, string usual) =>
        $"{quantity} {product} — {total}{(perUnit is null ? "" : $" ({perUnit})")}? {usual}";

    public static string OnlyYourCommune(string commune) => $"🔒 Bạn chỉ xem được xã {commune}.";

    public static string BroadcastNobody(string target) =>
        $"📣 Không có ai nhận tin này (\"{Clip(target)}\": 0 người). Chưa gửi gì.";

    public const string AlreadyAdmin =
        "🔑 Bạn đã là quản trị viên nên vẫn giữ quyền quản trị. Mã mời này chưa dùng, bạn gửi cho người khác nhé.";

    public const string ModelsDescriptionShort = "Mô hình sản xuất";

    /// <summary>An audit action as people read it ("invite.create" → "tạo mã mời"); unknown ones general.</summary>
    public static string AuditAction(string action) =>
        action switch
        {
            "invite.create" => "tạo mã mời",
            "invite.revoke" => "hủy mã mời",
            "invite.redeem" => "dùng mã mời",
            "member.role" => "đổi vai trò",
            "member.remove" => "ngừng người dùng",
            "member.link" => "gộp kênh chat",
            "report.edit" => "sửa báo cáo",
            "report.place" => "đổi nơi báo cáo",
            "export" => "xuất tệp",
            "digest.send" => "gửi tổng hợp",
            "broadcast" => "gửi thông báo",
            "model.add" => "thêm mô hình",
            "subproject.add" => "thêm công trình",
            "subproject.close" => "đóng công trình",
            "review.approve" => "duyệt",
            "review.sendback" => "trả lại để sửa",
            "review.reject" => "loại",
            "review.change" => "đổi quyết định duyệt",
            "review.resubmit" => "gửi lại sau khi sửa",
            _ => "thao tác",
        };
}
