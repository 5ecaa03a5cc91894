namespace ThanUyen.Bot.Core.Texts;

/// <summary>The weekly digest, reminders and nudges.</summary>
public static partial class Texts
{
    public static string DigestTitle(string commune, string week) => $"📊 TỔNG HỢP TUẦN {week}\nXã {commune}";

    public const string DigestNoMeetings = "📅 Họp, tập huấn: không có.";

    public static string DigestMeetings(int count, string countTrend, int people, string peopleTrend, int womenShare) =>
        $"📅 Họp, tập huấn: {count} cuộc{countTrend}, {people} người dự{peopleTrend}, phụ nữ {womenShare}%";

    public static string DigestTopics(string topics) => $"  Chủ đề: {topics}";

    public static string DigestMoreMeetings(int n) => $"  … và {n} cuộc khác (xem /export)";

    public const string DigestInfrastructure = "🛠️ Hạ tầng:";
    public const string DigestNoProgress = "  Tuần này chưa có báo cáo tiến độ.";

    public static string DigestContribution(int workdays, string cash) =>
        "; góp "
        + string.Join(", ", new[] { workdays > 0 ? $"{workdays} ngày công" : "", cash }.Where(s => s.Length > 0));

    public static string DigestProgressLine(string name, int? from, int to, string status, string contribution) =>
        $"  • {name}: {(from is null ? "" : $"{from}% → ")}{to}% {status}{contribution}";

    public static string DigestStale(string names) => $"  ⚠️ 2 tuần chưa báo tiến độ: {names}";

    public static string DigestSales(string total, string trend) => $"🛒 Bán hàng: tổng {total}{trend}";

    public static string DigestSaleLine(string product, string quantity, string total, string average, string unit) =>
        $"  • {product}: {quantity} — {total} (TB {average}/{unit})";

    public const string DigestEveryoneReported = "🙌 Tất cả thành viên đều đã báo cáo tuần này.";

    public static string DigestSilent(string names) => $"🙋 Chưa báo cáo tuần này: {names}";

    public const string DigestChartCaption = "📈 Doanh thu theo sản phẩm và tiến độ công trình";
    public const string ChartRevenueTitle = "Doanh thu theo sản phẩm (triệu đồng)";
    public const string ChartProgressTitle = "Tiến độ công trình (%)";

    public const string DigestDescription = "Tổng hợp tuần của xã (/digest last: tuần trước)";
    public const string DigestUsage = "Cách dùng: /digest · /digest last · /digest <xã> · /digest send <xã>";

    public static string DigestQueued(string commune, int officers) =>
        $"📤 Đã xếp gửi tổng hợp xã {commune} cho {officers} cán bộ.";

    public static string DigestNoOfficers(string commune) => $"Xã {commune} chưa có cán bộ nào đăng ký.";

    public const string DigestNeedsCommune = "Bạn gõ thêm tên xã, ví dụ /digest pha mu";

    public const string RemindDescription = "Bật/tắt lời nhắc báo cáo (/remind off, /remind on)";
    public const string ReminderWeekly =
        "👋 Tuần này bản mình chưa có báo cáo nào từ bạn. Có họp, công trình hay bán hàng gì không? Gõ /menu để "
        + "báo nhé. (Tắt nhắc: /remind off)";
    public const string RemindOff = "🔕 Đã tắt lời nhắc hằng tuần. Bật lại: /remind on";
    public const string RemindOn = "🔔 Đã bật lời nhắc hằng tuần.";

    public static string DraftNudge(string title) =>
        $"📝 Bạn còn một báo cáo làm dở ({title}). Gõ câu trả lời để làm tiếp, hoặc /cancel để hủy.";
}
