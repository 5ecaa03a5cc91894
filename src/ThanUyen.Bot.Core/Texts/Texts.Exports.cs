namespace ThanUyen.Bot.Core.Texts;

public static partial class Texts
{
    public const string ColumnCode = "Mã",
        ColumnReceived = "Ngày nhận",
        ColumnCommune = "Xã",
        ColumnVillage = "Bản",
        ColumnReporter = "Người báo",
        ExportVoiceNote = "(tin nhắn thoại)";

    public static string NoLongerAllowed(string title) =>
        $"🔒 Bạn không còn quyền làm việc này ({title}). Báo cáo đang làm đã dừng. Gõ /menu để xem việc bạn làm được.";

    public const string ConversationEndedByRoleChange =
        "ℹ️ Quản trị viên vừa đổi vai trò của bạn, nên việc đang làm dở đã dừng. Gõ /menu để xem việc bạn làm được.";
}
