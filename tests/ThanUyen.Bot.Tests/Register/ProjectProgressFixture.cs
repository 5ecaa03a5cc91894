using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Register;

/// <summary>
/// A known set of reports on the demo register, with the numbers they must give worked out by hand:
/// M1 10/08 Thẩm Phé watermelon 30 people, 14 women, 30 Thái · M2 05/09 Pá Khôm cattle 20, 8 women, 18 Mông ·
/// M3 20/10 Pá Khôm business 10, 6 women, groups not asked · S1 20/08 Thẩm Phé watermelon 12 000 000 ·
/// S2 15/09 Pá Khôm cattle 36 000 000 · S3 05/10 Pá Khôm buffalo 20 000 000 · P1 10/09 Pá Khôm road 40 %,
/// 30 workdays, 1 000 000 · P2 25/11 (today, by chat) the same road 100 %, 20 workdays, 500 000: it finishes.
/// </summary>
public sealed class ProjectProgressFixture : IDisposable
{
    public TestBot Bot { get; } = new();

    public ProjectProgressFixture()
    {
        Bot.Register(People.Lan, Role.Member, "tham phe");
        Bot.Register(People.Chua, Role.Member, "pa khom");
        Bot.Register(People.Hoa, Role.Officer, "muong kim");
        Bot.Register(People.Sung, Role.Officer, "pha mu");
        var stores = Bot.Stores;
        var lan = stores.Members.FindByAddress(People.Lan.Address)!;
        var chua = stores.Members.FindByAddress(People.Chua.Address)!;
        static DateTime Day(int month, int day) => new(2026, month, day, 3, 0, 0, DateTimeKind.Utc);
        ReportSeeder.Meeting(stores, lan, Day(8, 10), "watermelon", 30, 14, Day(8, 10).Date, mong: 0, thai: 30);
        ReportSeeder.Meeting(stores, chua, Day(9, 5), "cattle", 20, 8, Day(9, 5).Date, mong: 18, thai: 0);
        ReportSeeder.Meeting(stores, chua, Day(10, 20), "business", 10, 6, Day(10, 20).Date);
        ReportSeeder.Sale(stores, lan, Day(8, 20), "watermelon", 1500, "kg", 12_000_000);
        ReportSeeder.Sale(stores, chua, Day(9, 15), "cattle", 3, "con", 36_000_000);
        ReportSeeder.Sale(stores, chua, Day(10, 5), "buffalo", 1, "con", 20_000_000);
        var road = Bot.Db.SubProjects.FindOne(w => w.VillageId == "pa-khom");
        ReportSeeder.Progress(stores, chua, Day(9, 10), road, 40, null, 30, 1_000_000);
        foreach (var answer in new[] { "/progress", "1", "100", "20", "500k", "bo qua", "bo qua", "bo qua", "luu" })
            Bot.Say(People.Chua, answer);
        RoadId = road.Id;
    }

    public int RoadId { get; }

    public void Dispose() => Bot.Dispose();
}
