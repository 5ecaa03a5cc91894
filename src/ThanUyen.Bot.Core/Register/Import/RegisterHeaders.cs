namespace ThanUyen.Bot.Core.Register.Import;

/// <summary>The register sheets' column headers: the reader finds columns by these; the template writes them.</summary>
public static class RegisterHeaders
{
    public const string Id = "Mã",
        Village = "Bản",
        Commune = "Xã",
        Type = "Loại",
        WorkName = "Tên công trình",
        Target = "Mục tiêu",
        Unit = "Đơn vị",
        BudgetProject = "Vốn dự án (đồng)",
        BudgetCommunity = "Vốn cộng đồng (đồng)",
        BudgetCommune = "Vốn xã (đồng)",
        Start = "Ngày bắt đầu",
        PlannedEnd = "Ngày dự kiến xong",
        Status = "Tình trạng",
        ModelName = "Tên mô hình",
        Products = "Sản phẩm bán",
        Topics = "Chủ đề tập huấn",
        TargetHouseholds = "Số hộ mục tiêu",
        TargetHead = "Số con mục tiêu",
        TargetArea = "Diện tích mục tiêu (ha)",
        TargetRevenue = "Doanh thu mục tiêu (đồng)",
        Running = "Đang hoạt động",
        Head = "Tên chủ hộ",
        Ethnicity = "Dân tộc",
        WomanHeaded = "Chủ hộ là phụ nữ",
        HouseholdModels = "Mô hình tham gia",
        Confirmed = "Đã xác nhận",
        Indicator = "Chỉ tiêu";
}
