namespace ThanUyen.Bot.Core.Texts;

/// <summary>Voice answers, export archives with their photos and voice notes, spoken questions.</summary>
public static partial class Texts
{
    /// <summary>"🎤 0:42": a voice answer and how long it is.</summary>
    public static string VoiceShort(int seconds) => $"🎤 {seconds / 60}:{seconds % 60:00}";

    /// <summary>A problem told by voice, in the digest: "    🆘 🎤 Lò Thị Lan — 0:42".</summary>
    public static string DigestVoiceProblem(string name, int seconds) =>
        $"    🆘 🎤 {name} — {seconds / 60}:{seconds % 60:00}";

    public const string ColumnPhoto = "Ảnh",
        ColumnVoice = "Ghi âm";

    /// <summary>A file the service never downloaded (only the platform's id): listed, not left out.</summary>
    public static string ExportNotKept(string name) => $"{name}: chưa lưu trên máy chủ";

    public static string ExportZipReady(int reports, int members, int photos, int voices, int notKept) =>
        $"📦 Bảng tính và tệp đính kèm: {reports} báo cáo, {members} thành viên, {photos} ảnh, {voices} ghi âm."
        + "\nGiải nén rồi mở tệp .xlsx: bấm vào tên ảnh hoặc ghi âm để mở."
        + (notKept > 0 ? $"\n⚠️ {notKept} tệp chưa lưu trên máy chủ (ghi \"chưa lưu\" trong bảng)." : "");

    public static string ExportZipTooBig(int megabytes, int cap) =>
        $"📦 Tệp nén sẽ nặng khoảng {megabytes} MB, quá {cap} MB mà Telegram cho gửi."
        + "\nBạn chọn khoảng ngày ngắn hơn (ví dụ: /export zip 1/11 15/11), hoặc xuất không kèm ảnh (/export)."
        + "\nQuản trị viên có thể xuất đầy đủ trên máy chủ: thanuyen-bot export --format zip (không giới hạn).";
}
