namespace ThanUyen.Bot.Core.Texts;

/// <summary>Voice answers, export archives with their photos and voice notes, spoken questions.</summary>
public static partial class Texts
{
    /// <summary>"🎤 0:42": a voice answer and how long it is.</summary>
    public static string VoiceShort(int seconds) => $"🎤 {seconds / 60}:{seconds % 60:00}";

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
        + "\nNgười quản trị máy chủ xuất được đầy đủ bằng lệnh export --format zip (không giới hạn dung lượng).";

    // Spoken questions (/amthanh) and their recordings (/voiceprompt).
    public const string ListenAgain = "🔊 Nghe lại";
    public const string NoRecording = "🔇 Câu hỏi này chưa có bản ghi âm.";
    public const string SpokenDescription = "Nghe câu hỏi bằng giọng nói (/amthanh bat|tat)";
    public const string SpokenNotAvailable =
        "🔇 Nghe câu hỏi bằng giọng nói chưa dùng được ở đây (ứng dụng này không gửi được tin nhắn thoại)."
        + " Bạn dùng Telegram để nghe câu hỏi nhé.";
    public const string SpokenOff = "🔇 Đã tắt đọc câu hỏi. Bật lại: /amthanh bat";

    public static string SpokenOn(int recorded) =>
        "🔊 Đã bật đọc câu hỏi: câu hỏi nào đã được ghi âm sẽ có tin nhắn thoại ngay sau chữ,"
        + " bấm \"🔊 Nghe lại\" để nghe lần nữa."
        + (recorded == 0 ? "\nHiện chưa có câu hỏi nào được ghi âm." : "")
        + "\nTắt: /amthanh tat";

    public static string SpokenUsage(bool on) =>
        $"Đọc câu hỏi đang {(on ? "bật" : "tắt")}. Cách dùng: /amthanh bat hoặc /amthanh tat";

    public static string MenuSpoken(bool on) => on ? "🔊 Đọc câu hỏi: đang bật" : "🔈 Đọc câu hỏi: đang tắt";

    public const string VoicePromptTitle = "🎤 Ghi âm câu hỏi",
        VoicePromptDescription = "Ghi âm câu hỏi để thành viên nghe (quản trị viên)",
        VoicePromptFlowLabel = "Loại báo cáo",
        VoicePromptQuestionLabel = "Câu hỏi",
        VoicePromptRecordingLabel = "Bản ghi",
        VoicePromptDelete = "🗑️ Xoá bản ghi",
        VoicePromptNeedVoice = "🎤 Bạn gửi một tin nhắn thoại đọc câu hỏi (giữ nút micro để nói), hoặc /huy.";

    public static string VoicePromptTooLong(int max) =>
        $"🎤 Bản ghi dài quá (tối đa {max / 60} phút). Bạn đọc câu hỏi ngắn gọn rồi gửi lại nhé.";

    public static string VoicePromptPickFlow(IReadOnlyList<string> recorded) =>
        (
            recorded.Count == 0
                ? "🎤 Chưa có câu hỏi nào được ghi âm."
                : "🎤 Câu hỏi đã ghi âm:\n" + string.Join("\n", recorded)
        ) + "\n\nGhi âm câu hỏi của loại báo cáo nào?";

    public static string VoicePromptFlowOption(string title, int recorded, int questions) =>
        $"{title} ({recorded}/{questions} 🎤)";

    public static string VoicePromptPickQuestion(string title) => $"{title}: ghi âm câu hỏi nào? (🎤 = đã có)";

    public static string VoicePromptQuestionOption(int number, string label, int? seconds) =>
        $"{number}. {label}{(seconds is { } s ? " " + VoiceShort(s) : "")}";

    public static string VoicePromptLine(string title, int number, string label, int seconds) =>
        $"• {title} — {number}. {label} ({seconds / 60}:{seconds % 60:00})";

    public static string VoicePromptRecord(string question, int? seconds) =>
        $"🎤 Gửi một tin nhắn thoại đọc câu hỏi này bằng tiếng bà con hay nói:\n«{question}»"
        + (seconds is { } s ? $"\n\nĐã có bản ghi {VoiceShort(s)}: gửi bản mới để thay, hoặc bấm Xoá." : "");

    public static string VoicePromptSaved(string title, int number, string label, int seconds) =>
        $"✅ Đã lưu bản ghi {VoiceShort(seconds)} cho {title} — câu {number}. {label}. Nghe thử bên dưới."
        + "\nGhi câu khác: /voiceprompt";

    public static string VoicePromptDeleted(string title, int number, string label) =>
        $"🗑️ Đã xoá bản ghi của {title} — câu {number}. {label}.";
}
