namespace ThanUyen.Bot.Core.Texts;

/// <summary>Admin and officer tools.</summary>
public static partial class Texts
{
    public const string MembersDescription = "Danh sách người dùng (/members <bản|xã>)";
    public const string MemberDescription = "Xem một người (/member <tên|#số>)";
    public const string RoleDescription = "Đổi vai trò (/role <người> <member|officer|admin> [nơi])";
    public const string RemoveDescription = "Ngừng một người dùng (báo cáo vẫn giữ)";
    public const string InvitesDescription = "Các mã mời còn hạn";
    public const string RevokeDescription = "Hủy một mã mời";
    public const string SubProjectsDescription = "Công trình và tiến độ (/subprojects [bản])";
    public const string SubProjectDescription = "Xem một công trình (admin: thêm, đóng)";
    public const string ModelsDescription = "Mô hình sản xuất (/model add <bản> <tên>)";
    public const string ExportDescription = "Xuất Excel/CSV (/export [csv|zip] [từ] [đến] [xã])";
    public const string BroadcastDescription = "Gửi thông báo (/broadcast <all|vai trò|bản|xã> <nội dung>)";
    public const string StatsDescription = "Thống kê hệ thống";
    public const string AuditDescription = "Nhật ký thao tác (/audit [số dòng])";

    public static string UnknownPlace(string text) => $"❓ Không có bản hay xã \"{Clip(text)}\" mà bạn được xem.";

    public const string NoMembersHere = "Chưa có ai ở đây.";

    public static string MembersHeader(int n) => $"👥 {n} người:";

    public const string NeverReported = "chưa báo cáo";
    public const string LastReport = "báo cáo gần nhất";
    public const string MemberNotFound =
        "❓ Không tìm thấy người này (hoặc có nhiều người trùng tên: dùng #số từ /members).";
    public const string Addresses = "Kênh chat";
    public const string Deactivated = "⛔ Đã ngừng hoạt động";
    public const string RecentReports = "Báo cáo gần đây";
    public const string RoleUsage =
        "Cách dùng: /role <tên hoặc #số> <member|officer|admin> [bản hoặc xã]. Ví dụ: /role #5 officer pha mu";

    public static string RoleChanged(string name, string role, string place) =>
        $"✅ {name} bây giờ là {role}{(place.Length > 0 ? " — " + place : "")}.";

    public const string CannotRemoveSelf = "Bạn không thể tự ngừng tài khoản của mình.";

    public static string MemberRemoved(string name) => $"✅ Đã ngừng {name}. Các báo cáo của họ vẫn được giữ.";

    public const string NoOpenInvites = "Không có mã mời nào còn hạn.";
    public const string OpenInvites = "✉️ Mã mời còn hạn:";
    public const string Until = "hạn";
    public const string RevokeHint = "Hủy mã: /revoke MÃ";
    public const string CodeNotOpen = "❓ Không có mã mời nào còn hạn với mã này.";

    public static string CodeRevoked(string code) => $"✅ Đã hủy mã {code}.";

    public const string SubProjectsHeader = "🛠️ Công trình:";
    public const string NoSubProjectsListed = "Chưa có công trình nào.";
    public const string NoProgressYet = "chưa báo tiến độ";
    public const string Closed = "đã đóng";
    public const string SubProjectUsage =
        "Cách dùng: /subproject <#số> (xem một công trình) · /subproject add <bản> <road|solar|water|other> <tên> · "
        + "/subproject close <#số> · /subproject finish <#số>";
    public const string SubProjectNotFound = "❓ Không có công trình số này.";

    public static string SubProjectClosed(string name) => $"✅ Đã đóng công trình {name}.";

    public static string SubProjectAdded(int id, string name, string village) =>
        $"✅ Đã thêm công trình #{id} {name} (bản {village}).";

    public const string ModelsHeader = "🌱 Mô hình sản xuất:";
    public const string ModelUsage = "Cách dùng: /model add <bản> <tên mô hình>";

    public static string ModelAdded(string name, string village) => $"✅ Đã thêm mô hình {name} (bản {village}).";

    public const string ExportUsage =
        "Cách dùng: /export [xlsx|csv|zip] [từ ngày] [đến ngày] [xã]. Ví dụ: /export csv 1/11 30/11 pha mu"
        + "\nzip: bảng tính kèm ảnh và ghi âm của từng báo cáo.";

    public static string ExportReady(int reports, int members) => $"📎 Tệp xuất: {reports} báo cáo, {members} người.";

    public const string BroadcastUsage =
        "Cách dùng: /broadcast <all|member|officer|admin|tên bản|tên xã> <nội dung>. Ví dụ: /broadcast pa khom "
        + "Mai họp lúc 8 giờ";

    public static string BroadcastConfirm(int people, string text) =>
        $"📣 Tin này sẽ gửi tới {people} người:\n\n{text}\n\nGửi không?";

    public const string BroadcastSend = "📣 Gửi";

    public static string BroadcastQueued(int id, int people) =>
        $"📤 Thông báo #{id}: đã xếp gửi {people} tin. Gửi xong tôi sẽ báo lại.";

    public static string BroadcastDone(int id, int sent, int failed) =>
        $"📣 Thông báo #{id} đã gửi xong: {sent} tin đến nơi, {failed} tin không gửi được.";

    public const string StatsHeader = "📈 Thống kê";

    public static string StatsMembers(int members, int officers, int admins, int unreachable) =>
        $"👥 Thành viên {members} · cán bộ {officers} · quản trị {admins} · không liên lạc được {unreachable}";

    public static string StatsReports(string kind, int week, int total) => $"📋 {kind}: tuần này {week}, tổng {total}";

    public static string StatsOutbox(int queued, int failed) =>
        $"📤 Hàng đợi gửi: {queued} đang chờ, {failed} thất bại";

    public static string StatsLastDigest(string commune, string when) => $"📊 Tổng hợp gần nhất xã {commune}: {when}";

    public static string StatsDatabase(double mb) => $"💾 Cơ sở dữ liệu: {mb:0.0} MB";

    public static string StatsUptime(string uptime) => $"⏱️ Chạy liên tục: {uptime}";

    public const string AuditEmpty = "Nhật ký trống.";

    public static string AuditHeader(int n) => $"📜 {n} thao tác gần nhất:";

    public const string ZaloAnswerByNumber = "👉 Trả lời bằng số (ví dụ 1) hoặc gõ chữ.";

    public static string ZaloDownloadLink(string url, int hours) => $"📎 Tải tệp (trong {hours} giờ): {url}";

    public const string ZaloNoDocuments =
        "📎 Zalo không gửi được tệp. Bạn mở Telegram, hoặc nhờ quản trị viên gửi tệp.";
    public const string LinkDescription = "Gộp hai kênh chat cho một người (/link <người> <zalo:…|telegram:…> [chinh])";
    public const string LinkUsage =
        "Cách dùng: /link <tên hoặc #số> <zalo:… hoặc telegram:…> [chinh]. Thêm \"chinh\" để tổng hợp gửi qua "
        + "kênh này.";

    public static string Linked(string name, string address, bool preferred) =>
        $"✅ {name} dùng thêm {address}{(preferred ? " (kênh chính)" : "")}.";
}
