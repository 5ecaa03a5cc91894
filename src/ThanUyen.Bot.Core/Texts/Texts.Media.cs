using System.Globalization;

namespace ThanUyen.Bot.Core.Texts;

/// <summary>Photos and voice notes: what is said where a platform cannot show or play them.</summary>
public static partial class Texts
{
    /// <summary>A voice note's length as people read it: "0:42", "12:05".</summary>
    public static string Duration(int seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, seconds) / 60}:{Math.Max(0, seconds) % 60:00}");

    /// <summary>Zalo without a public address (no link can be given): how many photos the service keeps.</summary>
    public static string PhotosKept(int count) => $"📷 Có {count} ảnh, đã được lưu lại.";

    /// <summary>Zalo cannot play audio: the voice note is kept, not sent.</summary>
    public static string VoiceKeptNotPlayable(int seconds) =>
        $"🎤 Có tin nhắn thoại ({Duration(seconds)}), đã được lưu lại. Zalo không phát được âm thanh.";

    /// <summary>The console: one line per photo of an album.</summary>
    public static string ConsolePhoto(int number, int count) => $"[ảnh {number}/{count}]";

    public static string ConsoleVoice(int seconds) => $"[tin nhắn thoại {Duration(seconds)}]";

    /// <summary>Content the bot cannot read (hidden by Zalo, a video, a file): ask for words or a number.</summary>
    public const string UnsupportedContent =
        "🙏 Xin lỗi, bot không đọc được tin nhắn này. Bạn gõ chữ, hoặc chọn một số trong danh sách nhé.";

    public const string ViewDescription = "Xem một báo cáo cùng ảnh và tin nhắn thoại (ví dụ /view BC-0012)";
    public const string ViewUsage = "👁️ Gõ /view và mã báo cáo, ví dụ: /view BC-0012";
    public const string ViewButton = "👁️ Xem";
    public const string ViewHint = "Muốn xem ảnh, nghe tin nhắn thoại: gõ /view và mã, ví dụ /view BC-0012";

    /// <summary>Beside each report of /my: "👁️ Xem BC-0012".</summary>
    public static string ViewReportButton(string code) => $"{ViewButton} {code}";

    public static string ViewLocation(string latLon) => $"📍 Bản đồ: https://maps.google.com/?q={latLon}";

    public static string ViewAlbumCaption(string code, int count) => $"📷 Ảnh của {code} ({count} ảnh)";

    public static string ViewVoiceCaption(string code, int seconds) =>
        $"🎤 Tin nhắn thoại của {code} — {Duration(seconds)}";

    /// <summary>Photos only on another platform's servers, not fetched yet (or given up).</summary>
    public static string ViewPhotosNotYetKept(int count) => $"📷 Còn {count} ảnh chưa tải về được, xem sau nhé.";

    /// <summary>An export cell for a voice answer, with its length.</summary>
    public static string ExportVoiceNoteOf(int seconds) => $"(tin nhắn thoại {Duration(seconds)})";

    /// <summary>A voice note longer than a question needs.</summary>
    public static string VoiceTooLong(int seconds, int max) =>
        $"🎤 Tin nhắn thoại dài {Duration(seconds)}, dài quá (tối đa {Duration(max)}). "
        + "Bạn nói ngắn hơn, hoặc gõ vài chữ nhé.";

    public const string VoiceNotReceived =
        "🎤 Bot chưa nhận được tin nhắn thoại này. Bạn gửi lại, hoặc gõ vài chữ nhé.";

    public const string PhotoNotReceived =
        "📷 Bot chưa nhận được ảnh này (ảnh hỏng, quá lớn hoặc không phải ảnh). Bạn gửi ảnh khác, hoặc bấm Bỏ qua.";

    public const string WebVoices = "Tin nhắn thoại";
    public const string WebVoiceOnTelegram = "tin nhắn thoại trên Telegram, chưa tải về";

    /// <summary>A problem told by voice, in the digest: "🎤 Lò Văn A — 0:42".</summary>
    public static string DigestVoiceLine(string name, int seconds) => $"🎤 {name} — {Duration(seconds)}";

    public static string DigestPhotoCaption(string work, int percent) => $"{work} {percent}%";

    /// <summary>The digest's album: "📷 Ảnh công trình tuần này: Đường Pá Khôm 60%, Bể nước 30%".</summary>
    public static string DigestAlbumCaption(IEnumerable<string> works) =>
        $"📷 Ảnh công trình tuần này: {string.Join(", ", works)}" is var text && text.Length <= 1000
            ? text
            : text[..999] + "…";
}
