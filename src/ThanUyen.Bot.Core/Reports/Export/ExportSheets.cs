using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Flows;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Reports.Export;

/// <summary>
/// What each sheet (or CSV file) holds. Shared by the XLSX and CSV writers so they cannot drift apart.
/// </summary>
public sealed class ExportSheets(ExportData data)
{
    private string Village(string? id) => data.Villages.GetValueOrDefault(id ?? "")?.Name ?? "";

    private string Commune(string? id) => data.Communes.GetValueOrDefault(id ?? "")?.Name ?? "";

    private DateTime Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), data.Zone);

    private static string Label(IEnumerable<Conversations.Option> options, string? value) =>
        options.FirstOrDefault(o => o.Value == value)?.Label is { } l
            ? l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..]
            : value ?? "";

    private static string Text(string? value) =>
        value is null ? ""
        : value.StartsWith(Conversations.TextStep.VoicePrefix, StringComparison.Ordinal) ? "(tin nhắn thoại)"
        : value;

    public IReadOnlyList<ExportColumn<Report>> Meetings =>
        [
            new("Mã", r => r.Code),
            new("Ngày họp", r => r.EventDate),
            new("Ngày nhận", r => Local(r.ReceivedAt)),
            new("Xã", r => Commune(r.CommuneId)),
            new("Bản", r => Village(r.VillageId)),
            new("Người báo", r => r.ReporterName),
            new("Loại", r => r.Meeting!.Kind),
            new("Chủ đề", r => r.Meeting!.OtherTopic ?? Label(MeetingReportFlow.Topics, r.Meeting.Topic)),
            new("Số người", r => r.Meeting!.Participants),
            new("Phụ nữ", r => r.Meeting!.Women),
            new("Người Mông", r => r.Meeting!.Mong),
            new("Người Thái", r => r.Meeting!.Thai),
            new("Kết quả", r => Text(r.Meeting!.Outcome)),
            new("Số ảnh", r => r.Meeting!.PhotoFileIds.Count),
        ];

    public IReadOnlyList<ExportColumn<Report>> Progress =>
        [
            new("Mã", r => r.Code),
            new("Ngày nhận", r => Local(r.ReceivedAt)),
            new("Xã", r => Commune(r.CommuneId)),
            new("Bản", r => Village(r.VillageId)),
            new("Người báo", r => r.ReporterName),
            new("Công trình", r => r.Progress!.SubProjectName),
            new("Từ %", r => r.Progress!.PreviousPercent),
            new("Đến %", r => r.Progress!.Percent),
            new("Tình trạng", r => Label(InfrastructureProgressFlow.Statuses, r.Progress!.Status)),
            new("Ngày công", r => r.Progress!.Workdays),
            new("Tiền đóng góp (đồng)", r => r.Progress!.Cash),
            new("Khó khăn, đề xuất", r => Text(r.Progress!.Problems)),
            new("Số ảnh", r => r.Progress!.PhotoFileIds.Count),
            new("Vĩ độ", r => r.Progress!.Latitude),
            new("Kinh độ", r => r.Progress!.Longitude),
        ];

    public IReadOnlyList<ExportColumn<Report>> Sales =>
        [
            new("Mã", r => r.Code),
            new("Ngày bán", r => r.EventDate),
            new("Ngày nhận", r => Local(r.ReceivedAt)),
            new("Xã", r => Commune(r.CommuneId)),
            new("Bản", r => Village(r.VillageId)),
            new("Người báo", r => r.ReporterName),
            new(
                "Sản phẩm",
                r => r.Answers.GetValueOrDefault("product_other") ?? Label(SaleReportFlow.Products, r.Sale!.Product)
            ),
            new("Số lượng", r => r.Sale!.Quantity),
            new("Đơn vị", r => Quantity.UnitName(r.Sale!.Unit)),
            new("Đơn giá (đồng)", r => r.Sale!.UnitPrice),
            new("Thành tiền (đồng)", r => r.Sale!.Total),
            new("Người mua", r => Label(SaleReportFlow.Buyers, r.Sale!.Buyer)),
            new("Hộ bán", r => r.Sale!.Household),
        ];

    public IReadOnlyList<ExportColumn<Member>> Members =>
        [
            new("Mã số", m => m.Id),
            new("Tên", m => m.Name),
            new("Vai trò", m => Places.RoleName(m.Role)),
            new("Xã", m => Commune(m.CommuneId)),
            new("Bản", m => Village(m.VillageId)),
            new("Kênh chat", m => string.Join(" ", m.Addresses)),
            new("Ngày tham gia", m => Local(m.JoinedAt)),
            new("Đang hoạt động", m => m.Active ? "có" : "không"),
            new("Không liên lạc được", m => m.Unreachable ? "có" : "không"),
        ];

    public const string MeetingSheet = "Họp - tập huấn",
        ProgressSheet = "Hạ tầng",
        SaleSheet = "Bán hàng",
        MemberSheet = "Thành viên";
}
