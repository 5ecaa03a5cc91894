using ThanUyen.Bot.Core.Register.Periods;

namespace ThanUyen.Bot.Core.Texts;

/// <summary>The period report (/report, report --period).</summary>
public static partial class Texts
{
    public const string PeriodNoModel = "(không thuộc mô hình nào)";
    public const string PeriodNoHousehold = "(không ghi hộ)";
    public const string PeriodTotal = "Tổng cộng";
    public const string ReportUsage =
        "Cách dùng: /report quarter 2026-Q3 · /report year 2026 · /report from 1/10 to 31/12 "
        + "(quản trị viên thêm tên xã nếu chỉ cần một xã, ví dụ /report year 2026 pha mu).";

    public static string PeriodTitle(string period, string scope) => $"Báo cáo {period} — {scope}";

    public static string PeriodSubtitle(Period period, string scope, DateOnly today) =>
        $"Từ {period.From:dd'/'MM'/'yyyy} đến {period.To:dd'/'MM'/'yyyy} · {scope} · so với kỳ trước "
        + $"{period.Previous.Label} · lập ngày {today:dd'/'MM'/'yyyy} (ThanUyen.Bot)";

    public static string PeriodWorksTitle(string period) => $"Công trình hạ tầng — {period}";

    public static string PeriodWorkReports(string period) => $"các lần báo tiến độ, {period}";

    public static string PeriodModelsTitle(string period) => $"Mô hình sản xuất — {period}";

    public static string PeriodModelSales(string period) => $"bán hàng, {period}";

    public static string PeriodMeetingsTitle(string period) => $"Cuộc họp, hội thảo, tập huấn — {period}";

    public static string PeriodSalesTitle(string period) => $"Bán hàng theo mô hình và hộ — {period}";

    public static string PeriodChartsTitle(string period, string scope) => $"Biểu đồ — {period}, {scope}";

    public static string PeriodRevenueChart(string period) => $"Doanh thu theo mô hình, {period} (triệu đồng)";

    public static string PeriodWorksChart(string period) => $"Công trình: % hoàn thành cuối kỳ ({period})";

    public static string PeriodReportReady(string period, string scope) =>
        $"📑 Báo cáo {period} — {scope}: chỉ tiêu, công trình, mô hình, cuộc họp, bán hàng và biểu đồ. "
        + "Mở bằng Excel, in khổ ngang.";

    public const string NeedHouseholdName =
        "🏠 Bạn chọn một hộ trong danh sách, hoặc gõ tên chủ hộ (ví dụ: Lò Văn Minh).";
    public const string HouseholdNew = "(hộ mới, chờ xác nhận)";
}
