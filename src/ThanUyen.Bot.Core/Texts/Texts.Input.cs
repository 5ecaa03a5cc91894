namespace ThanUyen.Bot.Core.Texts;

/// <summary>Hints when an answer cannot be read: what was wrong, and an example.</summary>
public static partial class Texts
{
    public static string NotANumber(string example) => $"🔢 Cần một con số. Ví dụ: {example}";

    public static string NumberOutOfRange(int min, int max) => $"🔢 Số phải từ {min} đến {max}.";

    public const string NotMoney = "💰 Chưa đọc được số tiền. Ví dụ: 12tr, 12 triệu, 500k, 1.500.000";

    public static string MoneyTooSmall(string read) =>
        $"💰 {read} là quá ít. Bạn ghi rõ đơn vị nhé. Ví dụ: 12tr (12 triệu), 500k (500 nghìn)";

    public const string NotAQuantity = "⚖️ Chưa đọc được số lượng. Ví dụ: 3 con, 150 kg, 1,5 tạ, 3 yến, 200 quả, 5 lít";
    public const string NotADate = "📅 Chưa đọc được ngày. Ví dụ: hôm nay, hôm qua, thứ hai, 15/5";
    public const string DateTooOld = "📅 Ngày này quá xa (trước năm 2020). Bạn kiểm tra lại nhé.";
    public const string NeedText = "✍️ Bạn gõ vài chữ nhé.";
    public const string NeedTextOrVoice = "✍️ Bạn gõ vài chữ, hoặc gửi tin nhắn thoại 🎤.";

    public const string NeedPhoto = "📷 Bạn gửi ảnh nhé (bấm 📎 rồi chọn ảnh), hoặc bấm Bỏ qua.";
    public const string NeedLocation = "📍 Bạn bấm nút \"Gửi vị trí\" bên dưới, hoặc bấm Bỏ qua.";
    public const string SendLocationButton = "📍 Gửi vị trí";

    public static string VoiceNote(string seconds) => $"🎤 tin nhắn thoại ({seconds} giây)";

    public static string PhotoCount(int count) => $"📷 {count} ảnh";
}
