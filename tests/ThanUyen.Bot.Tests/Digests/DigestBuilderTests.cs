using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Register.Progress;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Digests;

public sealed class DigestBuilderTests : IDisposable
{
    private readonly TestBot _bot = new();
    private readonly Member _lan,
        _chua;
    private static readonly TimeZoneInfo Vn = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private static readonly WeekRange Week = new(new DateOnly(2026, 11, 16)); // Mon 16 – Sun 22 November

    public DigestBuilderTests()
    {
        _bot.Register(People.Lan, Role.Member, "tham phe");
        _bot.Register(People.Chua, Role.Member, "pa khom");
        _bot.Register(new Person("Lò Văn Thi", new Core.Chat.ChatAddress("telegram", "2003")), Role.Member, "hang");
        var members = _bot.Stores.Members;
        _lan = members.FindByAddress(People.Lan.Address)!;
        _chua = members.FindByAddress(People.Chua.Address)!;
    }

    public void Dispose() => _bot.Dispose();

    private static DateTime Local(int day, int hour, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, 11, day, hour, minute, 0), Vn);

    private Digest Build(string communeId = "muong-kim", WeekRange? week = null) =>
        _bot.Services.GetService<DigestService>()!.Build(_bot.Db.Communes.FindById(communeId), week ?? Week);

    [Fact]
    public void A_page_reading_every_report_once_gets_the_same_digests_and_targets_as_reading_for_each()
    {
        var random = new Random(7);
        for (var i = 0; i < 150; i++)
        {
            var at = Local(random.Next(1, 30), random.Next(0, 24), random.Next(0, 60));
            var who = random.Next(2) == 0 ? _lan : _chua;
            if (random.Next(2) == 0)
                ReportSeeder.Sale(_bot.Stores, who, at, "cattle", random.Next(1, 5), "con", random.Next(1, 90) * 1e6m);
            else
                ReportSeeder.Meeting(_bot.Stores, who, at, "cattle", random.Next(5, 40), 3);
        }
        var digests = _bot.Services.GetService<DigestService>()!;
        var every = _bot.Stores.Reports.ReceivedBetween(DateTime.MinValue, DateTime.MaxValue);
        var start = new DateOnly(2026, 1, 1);
        foreach (var commune in _bot.Db.Communes.FindAll())
        {
            foreach (var week in new[] { Week.Previous, Week, new WeekRange(new DateOnly(2026, 11, 23)) })
            {
                var alone = digests.Build(commune, week, 1_000_000);
                Assert.Equal(alone.Text, digests.Build(commune, week, every, 1_000_000).Text);
                Assert.Contains(" cuộc", alone.Text); // each week and commune has meetings: the texts say something
            }
            Assert.Equal(
                ProgressData.Load(_bot.Stores, commune.Id, start).Reports.Select(r => r.Id),
                ProgressData.Load(_bot.Stores, commune.Id, start, every).Reports.Select(r => r.Id)
            );
        }
    }

    [Fact]
    public void The_figures_equal_sums_computed_independently_from_random_seeded_reports()
    {
        var random = new Random(42);
        var expected = new Dictionary<string, decimal>();
        int meetings = 0,
            people = 0;
        for (var i = 0; i < 200; i++)
        {
            var day = random.Next(9, 30); // weeks before, during and after
            var at = Local(day, random.Next(0, 24), random.Next(0, 60));
            var inWeek = day is >= 16 and <= 22;
            var who = random.Next(2) == 0 ? _lan : _chua; // Chua is Pha Mu: never in Mường Kim's digest
            if (random.Next(2) == 0)
            {
                var (product, unit) = random.Next(2) == 0 ? ("cattle", "con") : ("watermelon", "kg");
                var total = random.Next(1, 500) * 100_000m;
                ReportSeeder.Sale(_bot.Stores, who, at, product, random.Next(1, 20), unit, total);
                if (inWeek && who == _lan)
                    expected[product] = expected.GetValueOrDefault(product) + total;
            }
            else
            {
                var n = random.Next(5, 60);
                ReportSeeder.Meeting(_bot.Stores, who, at, "cattle", n, n / 2);
                if (inWeek && who == _lan)
                {
                    meetings++;
                    people += n;
                }
            }
        }

        var digest = Build();

        Assert.Equal(
            expected.OrderByDescending(e => e.Value).Select(e => (double)(e.Value / 1_000_000m)),
            digest.Charts.Single(c => c.Title == T.ChartRevenueTitle).Bars.Select(b => b.Value)
        );
        Assert.Contains($"{meetings} cuộc", digest.Text);
        Assert.Contains($"{people} người dự", digest.Text);
        Assert.Contains($"tổng {Money.Format(expected.Values.Sum())}", digest.Text);
        Assert.Contains($"{meetings} cuộc", digest.Text);
        Assert.InRange(digest.Text.Length, 1, 4096);
    }

    [Fact]
    public void A_report_belongs_to_the_week_it_was_received_in_local_time_and_shows_its_event_date_when_earlier()
    {
        ReportSeeder.Meeting(_bot.Stores, _lan, Local(15, 23, 59), "cattle", 10, 5); // Sunday before: last week
        // Held earlier, received Monday.
        ReportSeeder.Meeting(_bot.Stores, _lan, Local(16, 0, 1), "watermelon", 20, 10, new DateTime(2026, 11, 12));
        ReportSeeder.Meeting(_bot.Stores, _lan, Local(22, 23, 59), "bees", 30, 15); // last minute of the week
        ReportSeeder.Meeting(_bot.Stores, _lan, Local(23, 0, 0), "vegetables", 40, 20); // next week

        var digest = Build();
        var previous = Build(week: Week.Previous);
        var next = Build(week: new WeekRange(new DateOnly(2026, 11, 23)));

        Assert.Contains("2 cuộc", digest.Text);
        Assert.Contains("50 người dự", digest.Text);
        Assert.Contains("1 cuộc", previous.Text);
        Assert.Contains("1 cuộc", next.Text);
        Assert.Contains("12/11", digest.Text);
        Assert.Contains("↑ 1", digest.Text); // 2 meetings against 1 the week before
    }

    [Fact]
    public void Infrastructure_shows_from_and_to_contributions_and_flags_works_silent_for_two_weeks()
    {
        var works = _bot.Db.SubProjects.FindAll().ToDictionary(s => s.VillageId);
        ReportSeeder.Progress(_bot.Stores, _lan, Local(10, 9), works["tham-phe"], 40, null);
        ReportSeeder.Progress(
            _bot.Stores,
            _lan,
            Local(18, 9),
            works["tham-phe"],
            55,
            40,
            workdays: 12,
            cash: 1_500_000
        );
        ReportSeeder.Progress(_bot.Stores, _lan, Local(20, 9), works["tham-phe"], 70, 55, workdays: 8);

        var digest = Build();

        Assert.Contains("Thẩm Phé: 40% → 70%", digest.Text);
        Assert.Contains("20 ngày công, 1,5 triệu", digest.Text);
        Assert.Contains("2 tuần chưa báo tiến độ: (Ví dụ) Cột điện năng lượng mặt trời bản Hàng", digest.Text);
        Assert.Equal(
            [("(Ví dụ) Mở rộng đường sản xuất Thẩm Phé", 70.0)],
            digest.Charts.Single(c => c.Title == T.ChartProgressTitle).Bars
        );
    }

    [Fact]
    public void Members_who_reported_nothing_are_named_and_other_communes_are_left_out()
    {
        ReportSeeder.Sale(_bot.Stores, _lan, Local(17, 10), "cattle", 2, "con", 24_000_000);
        var text = Build().Text;
        Assert.Contains("Chưa báo cáo tuần này: Lò Văn Thi (Hàng)", text);
        Assert.DoesNotContain("Giàng A Chua", text);
        Assert.Contains("Bò: 2 con — 24.000.000 ₫ (TB 12.000.000 ₫/con)", text);
    }

    [Fact]
    public void A_huge_week_still_fits_one_Telegram_message()
    {
        for (var i = 0; i < 400; i++)
            ReportSeeder.Meeting(_bot.Stores, _lan, Local(17, 10), "business", 20, 10);
        var digest = Build();
        Assert.InRange(digest.Text.Length, 1000, 4096);
        Assert.Contains("400 cuộc", digest.Text);
    }

    [Fact]
    public void The_chart_is_a_PNG_of_the_expected_size()
    {
        ReportSeeder.Sale(_bot.Stores, _lan, Local(17, 10), "cattle", 2, "con", 24_000_000);
        ReportSeeder.Sale(_bot.Stores, _lan, Local(17, 11), "watermelon", 300, "kg", 2_400_000);
        var png = DigestChart.Render(Build().Charts);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        Assert.Equal((DigestChart.Width, DigestChart.PanelHeight * 2), (width, height));
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal(DigestChart.Width, bitmap.Width);
    }
}
