namespace ThanUyen.Bot.Core.Texts;

/// <summary>What the web view's pages say: titles, menus, column names, notices.</summary>
public static partial class Texts
{
    public const string WebSiteName = "ThanUyen.Bot";
    public const string WebNavOverview = "Tổng quan",
        WebNavReports = "Báo cáo",
        WebNavWorks = "Công trình",
        WebNavMembers = "Thành viên",
        WebNavExport = "Xuất dữ liệu",
        WebNavSessions = "Phiên đăng nhập",
        WebSignOut = "Đăng xuất";

    // Signing in and refusals.
    public const string WebSignInTitle = "Đăng nhập";
    public const string WebSignInButton = "Vào trang web";

    public static string WebSignInAs(string name) =>
        $"Xin chào {name}. Bấm nút bên dưới để vào trang web (đường dẫn chỉ dùng được một lần).";

    public const string WebAskBotAgain = "Bạn gõ /web trong chat với bot để nhận đường dẫn mới.";
    public const string WebLinkUsed = "🔁 Đường dẫn này đã được dùng rồi. Mỗi đường dẫn chỉ dùng một lần.";
    public const string WebLinkExpired = "⌛ Đường dẫn này đã hết hạn (chỉ dùng được trong 15 phút).";
    public const string WebLinkUnknown = "❓ Đường dẫn này không đúng.";
    public const string WebNotSignedIn = "🔒 Bạn chưa đăng nhập, hoặc phiên đăng nhập đã hết.";
    public const string WebForbidden = "🔒 Trang này chỉ dành cho người có quyền khác.";
    public const string WebOfficersOnly = "🔒 Trang web dành cho cán bộ xã và quản trị viên.";
    public const string WebNotFound = "❓ Không tìm thấy trang này.";
    public const string WebStaleForm = "⌛ Trang đã cũ. Bạn tải lại trang rồi làm lại nhé.";
    public const string WebTooManyAttempts = "⏳ Thử quá nhiều lần. Bạn đợi một lát rồi thử lại nhé.";
    public const string WebSignedOut = "👋 Bạn đã đăng xuất.";
    public const string WebBackHome = "Về trang tổng quan";

    // Overview.
    public const string WebThisWeek = "Tuần này",
        WebLastWeek = "Tuần trước",
        WebDigestChart = "Biểu đồ tuần này";

    // Reports.
    public const string WebFilter = "Lọc",
        WebClearFilter = "Bỏ lọc",
        WebAll = "Tất cả",
        WebFrom = "Từ ngày",
        WebTo = "Đến ngày",
        WebKind = "Loại",
        WebSearch = "Tìm chữ",
        WebSummary = "Nội dung",
        WebNoReports = "Không có báo cáo nào khớp.",
        WebPrevious = "← Trang trước",
        WebNext = "Trang sau →";

    public static string WebReportCount(int total, int page, int pages) =>
        $"{total} báo cáo · trang {page}/{Math.Max(1, pages)}";

    public const string WebAnswers = "Câu trả lời",
        WebPhotos = "Ảnh",
        WebPhotoOnTelegram = "ảnh trên Telegram",
        WebNoPhotos = "Không có ảnh.",
        WebLocation = "Vị trí",
        WebOpenMap = "Xem trên bản đồ",
        WebHistory = "Lịch sử sửa",
        WebNoHistory = "Chưa sửa lần nào.",
        WebEventDate = "Ngày diễn ra",
        WebUpdated = "Sửa lần cuối",
        WebPlace = "Nơi";

    // Works.
    public const string WebWorkProgress = "Tiến độ",
        WebLatestReport = "Báo cáo gần nhất",
        WebDaysSince = "Cách đây",
        WebNoReportYet = "chưa có báo cáo",
        WebMap = "Bản đồ công trình và ảnh",
        WebMapNote = "Mỗi chấm là nơi gửi một báo cáo tiến độ (chấm to: có ảnh). Bấm chấm để xem báo cáo.",
        WebNoPlaces = "Chưa báo cáo nào có vị trí.",
        WebNoWorks = "Chưa có công trình nào.",
        WebClosed = "đã đóng";

    public static string WebDays(int days) => days == 0 ? "hôm nay" : $"{days} ngày";

    // Members and sessions.
    public const string WebRole = "Vai trò",
        WebChannels = "Kênh chat",
        WebUnreachable = "Không liên lạc được",
        WebInactive = "đã rời nhóm",
        WebSignedInAt = "Đăng nhập lúc",
        WebLastSeen = "Dùng lần cuối",
        WebEndSession = "Kết thúc phiên",
        WebNoOpenSessions = "Không có phiên nào đang mở.",
        WebYes = "có";

    // Export.
    public const string WebExportIntro =
            "Tải cùng tệp như lệnh /export trong chat: mỗi loại báo cáo một trang, thêm danh sách thành viên.",
        WebFormat = "Định dạng",
        WebDownload = "Tải xuống",
        WebAllCommunes = "Tất cả các xã";
}
