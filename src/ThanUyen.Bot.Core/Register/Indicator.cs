namespace ThanUyen.Bot.Core.Register;

/// <summary>
/// A measure of the project that has a target. <paramref name="Level"/> ones are a state at a date (households in
/// models, models running); the others add up what was reported in a period. Shares are percentages.
/// </summary>
public sealed record Indicator(string Key, string Name, string Unit, bool Share, bool Level, params string[] Words)
{
    public const string Meetings = "meetings",
        Participants = "participants",
        WomenShare = "women_share",
        MongShare = "mong_share",
        ThaiShare = "thai_share",
        CoreMembers = "core_members",
        Households = "households",
        WorksFinished = "works_finished",
        ModelsRunning = "models_running",
        Revenue = "revenue",
        Workdays = "workdays",
        Cash = "cash";

    /// <summary>In the order reports show them.</summary>
    public static readonly IReadOnlyList<Indicator> All =
    [
        new(Meetings, "Cuộc họp, hội thảo, tập huấn", "cuộc", false, false, "hop", "cuoc hop", "tap huan"),
        new(Participants, "Lượt người tham dự", "người", false, false, "nguoi du", "tham du", "luot nguoi"),
        new(WomenShare, "Tỉ lệ phụ nữ tham dự", "%", true, false, "phu nu", "ti le phu nu", "nu"),
        new(MongShare, "Tỉ lệ người Mông tham dự", "%", true, false, "mong", "nguoi mong", "ti le mong"),
        new(ThaiShare, "Tỉ lệ người Thái tham dự", "%", true, false, "thai", "nguoi thai", "ti le thai"),
        new(CoreMembers, "Thành viên nòng cốt hoạt động", "người", false, false, "nong cot", "thanh vien"),
        new(Households, "Hộ tham gia mô hình", "hộ", false, true, "ho", "ho tham gia", "ho mo hinh"),
        new(WorksFinished, "Công trình hoàn thành", "công trình", false, false, "cong trinh", "hoan thanh"),
        new(ModelsRunning, "Mô hình đang hoạt động", "mô hình", false, true, "mo hinh"),
        new(Revenue, "Doanh thu bán hàng", "đồng", false, false, "doanh thu", "ban hang"),
        new(Workdays, "Ngày công đóng góp", "ngày công", false, false, "ngay cong", "cong"),
        new(Cash, "Tiền đóng góp của cộng đồng", "đồng", false, false, "tien dong gop", "dong gop", "tien"),
    ];

    public static Indicator? Find(string key) => All.FirstOrDefault(i => i.Key == key);

    /// <summary>"phu nu", "Tỉ lệ phụ nữ tham dự", "women_share" all name the same one.</summary>
    public static Indicator? Named(string text)
    {
        var key = Parsing.TextKey.Of(text);
        return All.FirstOrDefault(i =>
            i.Key == text.Trim() || Parsing.TextKey.Of(i.Name) == key || i.Words.Contains(key, StringComparer.Ordinal)
        );
    }
}
