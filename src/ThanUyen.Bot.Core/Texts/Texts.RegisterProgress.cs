using System.Globalization;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Register;
using ThanUyen.Bot.Core.Register.Progress;

namespace ThanUyen.Bot.Core.Texts;

/// <summary>/register and /target replies, /project, /subproject cards, /report.</summary>
public static partial class Texts
{
    public const string RegisterDescription =
        "Sổ đăng ký dự án: tải mẫu Excel, gửi lại tệp đã điền (/register template)";
    public const string TargetDescription = "Mục tiêu dự án (/target <chỉ tiêu> <giá trị> [xã])";
    public const string ProjectDescription = "Tiến độ dự án so với mục tiêu, từ khi bắt đầu (/tongquan)";
    public const string ReportDescription =
        "Báo cáo Excel theo kỳ (/report quarter 2026-Q3 · year 2026 · from 1/10 to 31/12)";
    public const string RegisterImportTitle = "📋 Nhập sổ đăng ký";
    public const string RegisterApply = "✅ Nhập vào sổ";
    public const string RegisterApplyQuestion = "Nhập các thay đổi này vào sổ đăng ký?";
    public const string RegisterImportCancelled = "❌ Đã hủy. Sổ đăng ký giữ nguyên.";
    public const string RegisterFinishOpenFirst =
        "📝 Tệp đã kiểm tra xong, không có lỗi. Bạn đang làm dở một việc khác: làm xong (hoặc gõ /cancel) rồi gửi "
        + "lại tệp để nhập.";
    public const string RegisterFileGone = "⌛ Tệp đã hết hạn giữ trên máy chủ. Bạn gửi lại tệp nhé.";
    public const string RegisterFileNotReceived = "😔 Bot chưa nhận được nội dung tệp. Bạn gửi lại tệp nhé.";
    public const string RegisterTemplateReady =
        "📋 Mẫu sổ đăng ký: mỗi trang một bảng (Công trình, Mô hình, Hộ, Chỉ tiêu). Dòng 2 là ví dụ, bot bỏ qua. "
        + "Điền hoặc sửa các dòng từ dòng 3, rồi gửi lại tệp này cho bot.";
    public const string RegisterNoneWaiting = "✅ Không có hộ nào chờ xác nhận.";
    public const string RegisterConfirmUsage =
        "Cách dùng: /register confirm <#số hộ> … hoặc /register confirm all. Xem danh sách: /register ho";
    public const string TargetHeader = "🎯 Mục tiêu dự án:";
    public const string TargetHint =
        "Đặt: /target <chỉ tiêu> <giá trị> [xã] — ví dụ /target hop 80 · /target phu nu 50 pha mu · /target hop xoa";
    public const string NotTargeted = "chưa đặt mục tiêu";
    public const string WholeProject = "toàn dự án";
    public const string ProjectIndicators = "🎯 Chỉ tiêu:";
    public const string ProjectModels = "🌱 Mô hình sản xuất:";
    public const string ProjectNoModels = "  (chưa có mô hình)";
    public const string ProjectChartCaption = "📊 Đạt được so với mục tiêu";
    public const string ProjectNeedsCommune = "Tài khoản của bạn chưa gắn với xã nào. Hỏi quản trị viên nhé.";
    public const string ChartPercentOfTarget = "% so với mục tiêu (mục tiêu = 100%)";
    public const string WorkCardHistory = "📜 Các lần báo tiến độ:";

    public static string RegisterImported(int added, int changed) =>
        $"✅ Đã nhập vào sổ đăng ký: {added} dòng thêm mới, {changed} dòng sửa. Xem tiến độ: /project";

    public static string RegisterSummary(int works, int models, int households, int waiting, int targets) =>
        $"📋 Sổ đăng ký: {works} công trình, {models} mô hình đang chạy, {households} hộ"
        + (waiting > 0 ? $" (thêm {waiting} hộ chờ xác nhận: /register ho)" : "")
        + $", {targets} mục tiêu đã đặt.\n"
        + "• /register template — tải tệp Excel (có sẵn dữ liệu hiện tại), điền rồi gửi lại tệp cho bot\n"
        + "• /target — xem, đặt mục tiêu · /project — tiến độ so với mục tiêu";

    public static string RegisterWaiting(IEnumerable<string> households) =>
        $"🏠 Hộ do thành viên gõ khi báo bán hàng, chờ xác nhận:\n{string.Join('\n', households)}\n\n"
        + "Xác nhận: /register confirm <#số> hoặc /register confirm all";

    public static string RegisterConfirmed(IEnumerable<string> names) => $"✅ Đã xác nhận: {string.Join(", ", names)}.";

    public static string TargetUsage(IEnumerable<string> indicators) =>
        $"Cách dùng: /target <chỉ tiêu> <giá trị> [xã]. Ví dụ: /target hop 80 · /target phu nu 50 pha mu.\n"
        + $"Chỉ tiêu: {string.Join(", ", indicators)}.";

    public static string TargetBadValue(string text, Indicator indicator) =>
        $"❓ \"{Clip(text)}\" không dùng được cho {indicator.Name}: gõ một số từ 0"
        + (indicator.Share ? " đến 100." : " trở lên.");

    public static string TargetListLine(Indicator indicator, string? commune, decimal? value) =>
        $"• {indicator.Name}{(commune is null ? "" : $" (xã {commune})")}: "
        + (value is { } v ? $"{ProjectOverview.Format(indicator, v)}{Unit(indicator)}" : NotTargeted);

    private static string Unit(Indicator indicator) =>
        indicator.Share || indicator.Unit == "đồng" ? "" : $" {indicator.Unit}";

    public static string ProjectHeader(string scope, DateOnly from, DateOnly to) =>
        $"📊 Tiến độ {scope} — từ {from:dd'/'MM'/'yyyy} đến {to:dd'/'MM'/'yyyy}";

    public static string ProjectIndicatorLine(IndicatorRow row) =>
        $"• {row.Indicator.Name}: {ProjectOverview.Format(row.Indicator, row.Achieved)}"
        + (
            row.Target is { } t
                ? $" / {ProjectOverview.Format(row.Indicator, t)}{Unit(row.Indicator)}"
                    + (row.Percent is { } p ? $" ({Math.Round(p).ToString(CultureInfo.InvariantCulture)}%)" : "")
                : $"{(row.Achieved is null ? "" : Unit(row.Indicator))} · {NotTargeted}"
        );

    public static string ProjectWorks(Dictionary<WorkStatus, int> counts) =>
        "🛠️ Công trình: "
        + string.Join(
            " · ",
            new[] { WorkStatus.Finished, WorkStatus.UnderWay, WorkStatus.Planned, WorkStatus.Stopped }.Select(s =>
                $"{counts.GetValueOrDefault(s)} {WorkStatusName(s).ToLowerInvariant()}"
            )
        );

    public static string ProjectWorkLine(SubProject work, string? village, int? percent) =>
        $"  {WorkStatusIcon(work.Status)} #{work.Id} {work.Name} ({village}): "
        + (percent is { } p ? $"{p}%" : NoProgressYet);

    public static string ProjectModelLine(ProductionModel model, ModelStats stats) =>
        $"  • {model.Name}: {stats.Households} hộ"
        + (model.TargetHouseholds is { } h ? $"/{h}" : "")
        + $", {stats.Sales} lần bán, {Parsing.Money.Format(stats.Revenue)}"
        + (model.TargetRevenue is { } r ? $"/{Parsing.Money.Format(r)}" : "")
        + $", {stats.Trainings} buổi tập huấn"
        + (stats.Running ? "" : " · chưa hoạt động");

    public static string ProjectChartTitle(string scope) => $"Đạt được so với mục tiêu — {scope}";

    public static string SubProjectFinished(string name) => $"✅ Công trình {name} đã hoàn thành.";

    public static string WorkCardHeader(SubProject work, InfrastructureType? type, string? village) =>
        $"{type?.Icon ?? "🏗️"} #{work.Id} {work.Name} — bản {village}\n"
        + $"{WorkStatusIcon(work.Status)} {WorkStatusName(work.Status)}";

    public static string WorkCardPlan(SubProject work)
    {
        var parts = new List<string>
        {
            "🎯 Mục tiêu: " + (work.Target is { } t ? $"{Amount(t)} {work.TargetUnit}".TrimEnd() : NotTargeted),
        };
        var budget = (work.BudgetProject ?? 0) + (work.BudgetCommunity ?? 0) + (work.BudgetCommune ?? 0);
        if (budget > 0)
            parts.Add(
                $"💰 Vốn: {Parsing.Money.Format(budget)} (dự án {Parsing.Money.Format(work.BudgetProject ?? 0)}, "
                    + $"cộng đồng {Parsing.Money.Format(work.BudgetCommunity ?? 0)}, "
                    + $"xã {Parsing.Money.Format(work.BudgetCommune ?? 0)})"
            );
        if (work.StartDate is { } s || work.PlannedEnd is not null)
            parts.Add($"📅 {work.StartDate:dd'/'MM'/'yyyy} → {work.PlannedEnd:dd'/'MM'/'yyyy}");
        return string.Join('\n', parts);
    }

    public static string WorkCardLatest(int percent, string status, int days, int photos) =>
        $"📈 Mới nhất: {percent}% {status} · báo cách đây {days} ngày · {photos} ảnh";

    public static string WorkCardLine(
        string code,
        DateOnly date,
        int percent,
        int? workdays,
        string? cash,
        string? problems
    ) =>
        $"  • {date:dd'/'MM'/'yyyy} {code}: {percent}%"
        + (workdays is > 0 ? $", {workdays} ngày công" : "")
        + (cash is null ? "" : $", {cash}")
        + (problems is null ? "" : $" — 🆘 {problems}");

    public static string WorkCardTotals(int workdays, string cash) =>
        $"🤝 Đóng góp cộng đồng: {workdays} ngày công, {cash}";
}
