namespace ThanUyen.Bot.Core.Texts;

/// <summary>/web: sign-in links and sessions of the web view.</summary>
public static partial class Texts
{
    public const string WebDescription = "Mở trang web xem báo cáo (đường dẫn đăng nhập một lần)";

    public const string WebNoPublicUrl =
        "🌐 Trang web chưa bật: máy chủ chưa có địa chỉ công khai (Web:PublicBaseUrl). Bạn báo quản trị viên nhé.";

    public static string WebLink(string link, int minutes) =>
        $"🌐 Bấm vào đường dẫn này để mở trang web:\n{link}\n\nĐường dẫn dùng được một lần, trong {minutes} phút. "
        + "Đừng gửi nó cho người khác. Đăng xuất: /web logout";

    public static string WebLoggedOut(int count) =>
        count == 0 ? "🌐 Bạn không có phiên đăng nhập web nào đang mở." : $"👋 Đã đăng xuất {count} phiên web của bạn.";

    public const string WebUsage = "Cách dùng: /web (nhận đường dẫn đăng nhập) hoặc /web logout (đăng xuất).";

    public const string WebAdminUsage =
        "Cách dùng: /web · /web logout · /web sessions (các phiên đang mở) · /web end <người> (kết thúc phiên của họ).";

    public const string WebNoSessions = "🌐 Không có phiên web nào đang mở.";

    public static string WebSessionsHeader(int count) => $"🌐 {count} phiên web đang mở:";

    public static string WebSessionLine(int id, string name, string since, string lastSeen) =>
        $"#{id} {name} · đăng nhập {since} · dùng lần cuối {lastSeen}";

    public const string WebEndHint = "Kết thúc phiên của một người: /web end <tên hoặc #số>";

    public static string WebSessionsEnded(string name, int count) =>
        count == 0 ? $"🌐 {name} không có phiên web nào đang mở." : $"✅ Đã kết thúc {count} phiên web của {name}.";
}
