using H = ThanUyen.Bot.Core.Register.Import.RegisterHeaders;

namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>
/// The register workbook's layout, shared by the template and the reader so they cannot drift apart: one sheet
/// per table, Vietnamese headers (found by name, in any order), row 2 an example the import ignores.
/// </summary>
public static class RegisterSheets
{
    public const string Works = "Công trình",
        Models = "Mô hình",
        Households = "Hộ",
        Targets = "Chỉ tiêu",
        Lists = "Danh sách";

    /// <summary>What the "Mã" column of an example row says: the import skips such rows.</summary>
    public const string ExampleMark = "Ví dụ";

    /// <summary>The hidden list sheet's column of "có" / "không".</summary>
    public const string YesNoList = "Có/không";

    public static readonly IReadOnlyList<RegisterColumn> WorkColumns =
    [
        new(H.Id, CellKind.Text, false, ExampleMark, 8),
        new(H.Village, CellKind.Choice, true, "Thẩm Phé") { ListName = H.Village },
        new(H.Type, CellKind.Choice, true, "Đường sản xuất", 28) { ListName = H.Type },
        new(H.WorkName, CellKind.Text, true, "Mở rộng đường sản xuất nội đồng", 36),
        new(H.Target, CellKind.Number, false, "1,2"),
        new(H.Unit, CellKind.Text, false, "km", 10),
        new(H.BudgetProject, CellKind.Money, false, "150000000", 20),
        new(H.BudgetCommunity, CellKind.Money, false, "30000000", 20),
        new(H.BudgetCommune, CellKind.Money, false, "0", 16),
        new(H.Start, CellKind.Date, false, "15/03/2024", 14),
        new(H.PlannedEnd, CellKind.Date, false, "30/06/2024", 16),
        new(H.Status, CellKind.Choice, false, "Đang làm", 16) { ListName = H.Status },
    ];

    public static readonly IReadOnlyList<RegisterColumn> ModelColumns =
    [
        new(H.Id, CellKind.Text, false, ExampleMark, 22),
        new(H.Village, CellKind.Choice, false, "Hàng") { ListName = H.Village },
        new(H.ModelName, CellKind.Text, true, "Trồng dưa hấu bản Hàng", 34),
        new(H.Products, CellKind.Names, false, "Dưa hấu", 22),
        new(H.Topics, CellKind.Names, false, "Trồng dưa hấu", 26),
        new(H.TargetHouseholds, CellKind.Number, false, "15"),
        new(H.TargetHead, CellKind.Number, false, ""),
        new(H.TargetArea, CellKind.Number, false, "2,5", 20),
        new(H.TargetRevenue, CellKind.Money, false, "200000000", 22),
        new(H.Start, CellKind.Date, false, "01/02/2022", 14),
        new(H.Running, CellKind.YesNo, false, "có", 14) { ListName = YesNoList },
    ];

    public static readonly IReadOnlyList<RegisterColumn> HouseholdColumns =
    [
        new(H.Id, CellKind.Text, false, ExampleMark, 8),
        new(H.Village, CellKind.Choice, true, "Pá Khôm") { ListName = H.Village },
        new(H.Head, CellKind.Text, true, "Giàng A Pó", 26),
        new(H.Ethnicity, CellKind.Choice, false, "Mông", 12) { ListName = H.Ethnicity },
        new(H.WomanHeaded, CellKind.YesNo, false, "không", 18) { ListName = YesNoList },
        new(H.HouseholdModels, CellKind.Names, false, "Nuôi trâu bò vỗ béo bản Pá Khôm", 36),
        new(H.Confirmed, CellKind.YesNo, false, "có", 14) { ListName = YesNoList },
    ];

    public static readonly IReadOnlyList<RegisterColumn> TargetColumns =
    [
        new(H.Id, CellKind.Text, false, ExampleMark, 8),
        new(H.Indicator, CellKind.Choice, true, "Cuộc họp, hội thảo, tập huấn", 34) { ListName = H.Indicator },
        new(H.Commune, CellKind.Choice, false, "", 14) { ListName = H.Commune },
        new(H.Target, CellKind.Number, false, "80"),
    ];

    /// <summary>(sheet, columns) in the order the workbook has them.</summary>
    public static readonly IReadOnlyList<(string Sheet, IReadOnlyList<RegisterColumn> Columns)> All =
    [
        (Works, WorkColumns),
        (Models, ModelColumns),
        (Households, HouseholdColumns),
        (Targets, TargetColumns),
    ];

    public static readonly IReadOnlyList<string> Ethnicities = ["Mông", "Thái", "Kinh", "Dao", "Khác"];
}
