using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Register;
using ThanUyen.Bot.Core.Register.Progress;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Register;

/// <summary>/project and the indicators behind it, against numbers worked out by hand (see the fixture).</summary>
public sealed class ProjectProgressTests(ProjectProgressFixture fixture) : IClassFixture<ProjectProgressFixture>
{
    private TestBot Bot => fixture.Bot;
    private static readonly DateOnly Start = new(2021, 11, 1),
        Today = new(2026, 11, 25);

    private decimal? Achieved(string indicator, string? commune, DateOnly from, DateOnly to) =>
        IndicatorValues.Achieved(Indicator.Find(indicator)!, ProgressData.Load(Bot.Stores, commune, Start), from, to);

    public static TheoryData<string, string?, double?> SinceTheStart() =>
        new()
        {
            // indicator, commune (null: whole project), achieved by hand
            { Indicator.Meetings, null, 3 },
            { Indicator.Participants, null, 60 }, // 30 + 20 + 10
            { Indicator.WomenShare, null, 28 * 100.0 / 60 }, // (14 + 8 + 6) / 60
            { Indicator.MongShare, null, 36 }, // 18 of the 50 at meetings that recorded groups (M1, M2)
            { Indicator.ThaiShare, null, 60 }, // 30 of 50
            { Indicator.CoreMembers, null, 2 }, // Lan and Chua reported
            { Indicator.Households, null, 4 }, // the four demo households, each in a model
            { Indicator.WorksFinished, null, 1 }, // the Pá Khôm road, by its 100 % report
            { Indicator.ModelsRunning, null, 2 }, // watermelon Thẩm Phé and cattle Pá Khôm sold and trained
            { Indicator.Revenue, null, 68_000_000 },
            { Indicator.Workdays, null, 50 },
            { Indicator.Cash, null, 1_500_000 },
            { Indicator.Meetings, "pha-mu", 2 },
            { Indicator.WomenShare, "pha-mu", 14 * 100.0 / 30 }, // (8 + 6) / 30
            { Indicator.MongShare, "pha-mu", 90 }, // 18 of 20 (M3 did not record groups)
            { Indicator.CoreMembers, "pha-mu", 1 },
            { Indicator.Households, "pha-mu", 2 }, // Giàng A Pó (Pá Khôm), Sùng Thị Mai (Huổi Bắc)
            { Indicator.ModelsRunning, "pha-mu", 1 },
            { Indicator.Revenue, "pha-mu", 56_000_000 },
            { Indicator.Meetings, "muong-kim", 1 },
            { Indicator.WorksFinished, "muong-kim", 0 },
            { Indicator.MongShare, "muong-kim", 0 },
        };

    [Theory]
    [MemberData(nameof(SinceTheStart))]
    public void Each_indicator_since_the_start_matches_the_hand_computed_number(
        string key,
        string? commune,
        double? expected
    )
    {
        var achieved = Achieved(key, commune, Start, Today);
        Assert.NotNull(achieved);
        Assert.Equal(expected!.Value, (double)achieved.Value, 6);
    }

    [Fact]
    public void A_quarter_counts_what_happened_in_it_and_a_share_with_nobody_is_empty()
    {
        var (from, to) = (new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30));
        Assert.Equal(2m, Achieved(Indicator.Meetings, null, from, to));
        Assert.Equal(44m, Achieved(Indicator.WomenShare, null, from, to)); // 22 of 50
        Assert.Equal(0m, Achieved(Indicator.WorksFinished, null, from, to)); // it finished in November
        Assert.Equal(48_000_000m, Achieved(Indicator.Revenue, null, from, to));
        Assert.Null(Achieved(Indicator.WomenShare, null, new(2026, 4, 1), new(2026, 6, 30)));
        Assert.Equal(0m, Achieved(Indicator.ModelsRunning, null, new(2026, 4, 1), new(2026, 6, 30)));
    }

    [Fact]
    public void A_progress_report_of_100_percent_finishes_the_work_in_the_register()
    {
        var road = Bot.Stores.Catalogue.SubProject(fixture.RoadId)!;
        Assert.Equal((WorkStatus.Finished, new DateTime(2026, 11, 25)), (road.Status, road.FinishedOn));
    }

    [Fact]
    public void An_admin_sees_the_project_and_each_commune_against_the_targets_with_a_chart()
    {
        var replies = Bot.Say(People.Admin, "/project");
        Assert.Equal(4, replies.Count); // whole project, Mường Kim, Pha Mu, the chart
        var whole = replies[0].Text;
        Assert.Contains("📊 Tiến độ toàn dự án — từ 01/11/2021 đến 25/11/2026", whole);
        Assert.Contains("• Cuộc họp, hội thảo, tập huấn: 3 / 80 cuộc (4%)", whole);
        Assert.Contains("• Tỉ lệ phụ nữ tham dự: 47% · chưa đặt mục tiêu", whole);
        Assert.Contains("• Thành viên nòng cốt hoạt động: 2 / 42 người (5%)", whole);
        Assert.Contains("• Công trình hoàn thành: 1 / 14 công trình (7%)", whole);
        Assert.Contains("• Mô hình đang hoạt động: 2 / 5 mô hình (40%)", whole);
        Assert.Contains("• Doanh thu bán hàng: 68.000.000 ₫ · chưa đặt mục tiêu", whole);
        Assert.Contains("🛠️ Công trình: 1 hoàn thành · 3 đang làm · 0 chưa bắt đầu · 0 tạm dừng", whole);
        Assert.Contains($"✅ #{fixture.RoadId} (Ví dụ) Mở rộng đường sản xuất Pá Khôm (Pá Khôm): 100%", whole);
        Assert.Contains("• Nuôi trâu bò vỗ béo bản Pá Khôm: 1 hộ, 2 lần bán, 56.000.000 ₫, 1 buổi tập huấn", whole);
        Assert.Contains(
            "• Nuôi gà đen bản địa bản Huổi Bắc: 1 hộ, 0 lần bán, 0 ₫, 0 buổi tập huấn · chưa hoạt động",
            whole
        );
        Assert.StartsWith("📊 Tiến độ xã Mường Kim", replies[1].Text);
        Assert.Contains("• Cuộc họp, hội thảo, tập huấn: 1 cuộc · chưa đặt mục tiêu", replies[1].Text);
        Assert.NotNull(replies[3].PhotoBytes);
        Assert.Equal(T.ProjectChartCaption, replies[3].Text);
    }

    [Fact]
    public void An_officer_sees_only_their_commune_and_not_the_other()
    {
        // Without a target of its own, a commune has nothing to chart: the text alone.
        Assert.Single(Bot.Say(People.Sung, "/tongquan"));
        Assert.Equal(
            "🎯 Cuộc họp, hội thảo, tập huấn (xã Pha Mu): 40 cuộc",
            Bot.Say(People.Admin, "/target hop 40 pha mu").Single().Text
        );
        var own = Bot.Say(People.Sung, "/tongquan");
        Assert.Equal(2, own.Count);
        Assert.StartsWith("📊 Tiến độ xã Pha Mu", own[0].Text);
        Assert.Contains("• Cuộc họp, hội thảo, tập huấn: 2 / 40 cuộc (5%)", own[0].Text);
        Assert.NotNull(own[1].PhotoBytes);
        Bot.Say(People.Admin, "/target hop xoa pha mu");
        Assert.DoesNotContain("Thẩm Phé", own[0].Text);
        Assert.Equal(T.NotAllowed, Bot.Say(People.Sung, "/project muong kim").Single().Text);
    }

    [Fact]
    public void A_works_card_shows_its_target_history_contributions_photos_and_days_since_the_last_report()
    {
        var card = Bot.Say(People.Sung, $"/subproject {fixture.RoadId}").Single().Text;
        Assert.Contains($"#{fixture.RoadId} (Ví dụ) Mở rộng đường sản xuất Pá Khôm — bản Pá Khôm", card);
        Assert.Contains("✅ Hoàn thành", card);
        Assert.Contains("🎯 Mục tiêu: chưa đặt mục tiêu", card);
        Assert.Contains("📈 Mới nhất: 100% ✅ Hoàn thành · báo cách đây 0 ngày · 0 ảnh", card);
        Assert.Contains("10/09/2026 BC-0007: 40%, 30 ngày công, 1.000.000 ₫", card);
        Assert.Contains("25/11/2026 BC-0008: 100%, 20 ngày công, 500.000 ₫", card);
        Assert.Contains("🤝 Đóng góp cộng đồng: 50 ngày công, 1.500.000 ₫", card);
        // The other commune's officer learns nothing about it.
        Assert.Equal(T.SubProjectNotFound, Bot.Say(People.Hoa, $"/subproject {fixture.RoadId}").Single().Text);
    }
}
