using System.Globalization;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Register;
using ThanUyen.Bot.Core.Register.Import;

namespace ThanUyen.Bot.Core.Texts;

/// <summary>The register (works, models, households, targets), its spreadsheet, /target.</summary>
public static partial class Texts
{
    public const string Yes = "có",
        No = "không";

    public static string WorkStatusName(WorkStatus status) =>
        status switch
        {
            WorkStatus.Planned => "Chưa bắt đầu",
            WorkStatus.Finished => "Hoàn thành",
            WorkStatus.Stopped => "Tạm dừng",
            _ => "Đang làm",
        };

    public static string WorkStatusIcon(WorkStatus status) =>
        status switch
        {
            WorkStatus.Planned => "🗓️",
            WorkStatus.Finished => "✅",
            WorkStatus.Stopped => "⏸️",
            _ => "🚧",
        };

    // Problems in a register file: each names the sheet, the row and the column.
    public const string RegisterRequired = "ô này không được để trống.";
    public const string RegisterNegative = "số âm: mục tiêu và số tiền phải từ 0 trở lên.";
    public const string RegisterEndBeforeStart = "ngày dự kiến xong đứng trước ngày bắt đầu.";
    public const string RegisterOver100 = "tỉ lệ không thể quá 100 (%).";
    public const string RegisterNotXlsx =
        "❌ Tệp này không phải bảng tính Excel (.xlsx). Bạn gửi lại đúng tệp mẫu đã điền "
        + "(gõ /register template để lấy mẫu).";

    public static string RegisterNotANumber(string text) => $"\"{text}\" không phải là số. Gõ số, ví dụ 12 hoặc 2,5.";

    public static string RegisterNotADate(string text) => $"\"{text}\" không phải ngày. Gõ theo dạng 15/03/2024.";

    public static string RegisterNotYesNo(string text) => $"\"{text}\": chỉ ghi \"có\" hoặc \"không\".";

    public static string RegisterFormula(string formula) =>
        $"ô có công thức (={Clip(formula)}). Bot không tính công thức: gõ thẳng con số vào ô.";

    public static string RegisterUnknownVillage(string text, string villages) =>
        $"không có bản \"{Clip(text)}\". Các bản: {villages}.";

    public static string RegisterUnknownName(string text, IEnumerable<string> known) =>
        $"\"{Clip(text)}\" không có trong danh sách. Chọn một trong: {string.Join(", ", known)}.";

    public static string RegisterUnknownWork(string text) =>
        $"không có công trình mã \"{Clip(text)}\". Để trống Mã khi thêm mới.";

    public static string RegisterUnknownModel(string text) =>
        $"không có mô hình mã \"{Clip(text)}\". Để trống Mã khi thêm mới.";

    public static string RegisterUnknownHousehold(string text) =>
        $"không có hộ mã \"{Clip(text)}\". Để trống Mã khi thêm mới.";

    public static string RegisterDuplicate(int firstRow) => $"trùng tên với dòng {firstRow}. Mỗi tên chỉ ghi một lần.";

    public static string RegisterMissingColumn(string header) =>
        $"thiếu cột \"{header}\". Dòng 1 phải giữ nguyên tên các cột như trong tệp mẫu.";

    public static string RegisterTooManyRows(int max) => $"quá {max} dòng. Sổ đăng ký chỉ cần vài chục dòng mỗi trang.";

    public static string RegisterTooBig(long bytes, long max) =>
        $"❌ Tệp quá lớn ({Megabytes(bytes)} MB). Tệp sổ đăng ký chỉ được tối đa {Megabytes(max)} MB.";

    public static string RegisterNoSheets(IEnumerable<string> sheets) =>
        $"❌ Tệp không có trang nào của sổ đăng ký. Cần ít nhất một trang: {string.Join(", ", sheets)}.";

    private static string Megabytes(long bytes) =>
        (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"));

    public static string RegisterErrorLine(RegisterError e) =>
        e.Sheet.Length == 0 ? e.Problem
        : e.Column.Length == 0 && e.Header.Length > 0 ? $"• Trang «{e.Sheet}», dòng {e.Row}: {e.Problem}"
        : e.Column.Length == 0 ? $"• Trang «{e.Sheet}», dòng {e.Row}: {e.Problem}"
        : $"• Trang «{e.Sheet}», dòng {e.Row}, cột {e.Column} ({e.Header}): {e.Problem}";

    public static string RegisterErrors(List<string> lines, int max)
    {
        if (lines.Count == 1 && !lines[0].StartsWith('•'))
            return lines[0];
        var shown = string.Join('\n', lines.Take(max));
        var more = lines.Count > max ? $"\n… và {lines.Count - max} lỗi nữa." : "";
        return $"❌ Tệp có {lines.Count} lỗi, chưa nhập gì cả. Sửa các ô dưới đây rồi gửi lại tệp:\n{shown}{more}";
    }

    public static string RegisterChanges(List<RegisterChange> changes, int max)
    {
        if (changes.Count == 0)
            return "✅ Tệp không có gì mới: sổ đăng ký đã giống hệt tệp này.";
        var counts = changes
            .GroupBy(c => c.Sheet)
            .Select(g => $"{g.Key}: {g.Count(c => c.Added)} thêm, {g.Count(c => !c.Added)} sửa");
        var lines = string.Join('\n', changes.Take(max).Select(c => c.Line));
        var more = changes.Count > max ? $"\n… và {changes.Count - max} thay đổi nữa." : "";
        return $"📋 Tệp sẽ thay đổi sổ đăng ký như sau ({string.Join("; ", counts)}):\n{lines}{more}";
    }

    public static string RegisterAddedWork(string name, string village) => $"➕ Công trình: {name} (bản {village})";

    public static string RegisterChangedWork(int id, string name, List<string> fields) =>
        $"✏️ Công trình #{id} {name}: {string.Join(", ", fields)}";

    public static string RegisterAddedModel(string name) => $"➕ Mô hình: {name}";

    public static string RegisterChangedModel(string name, List<string> fields) =>
        $"✏️ Mô hình {name}: {string.Join(", ", fields)}";

    public static string RegisterAddedHousehold(string name, string village) => $"➕ Hộ: {name} (bản {village})";

    public static string RegisterChangedHousehold(int id, string name, List<string> fields) =>
        $"✏️ Hộ #{id} {name}: {string.Join(", ", fields)}";

    public static string RegisterTargetLine(Indicator indicator, string? commune, decimal? value) =>
        $"🎯 {indicator.Name}{(commune is null ? "" : $" (xã {commune})")}: "
        + (value is { } v ? $"{Amount(v)} {indicator.Unit}" : "bỏ mục tiêu");

    /// <summary>"1.250.000", "2,5": numbers as Vietnamese people read them.</summary>
    public static string Amount(decimal value) =>
        decimal.Round(value, 2).ToString("#,##0.##", CultureInfo.GetCultureInfo("vi-VN"));

    public static string NameTooLong(int max) => $"✍️ Tên dài quá. Bạn gõ ngắn lại (tối đa {max} chữ cái) nhé.";
}
