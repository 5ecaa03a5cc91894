using LiteDB;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reports;

/// <summary>
/// A member's latest reports (/my, the duplicate-sale check, the members' "last report") are read newest first
/// from an index and stopped after the few asked for: the cost must not grow with how much a member reported.
/// </summary>
public sealed class LatestReportsTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void A_members_latest_reports_come_newest_first_and_only_theirs()
    {
        _bot.Register(People.Lan, Role.Member, "tham phe");
        _bot.Register(People.Chua, Role.Member, "pa khom");
        var lan = _bot.Stores.Members.FindByAddress(People.Lan.Address)!;
        var chua = _bot.Stores.Members.FindByAddress(People.Chua.Address)!;
        var start = new DateTime(2026, 11, 1, 3, 0, 0, DateTimeKind.Utc);
        var lans = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var by = i % 3 == 0 ? lan : chua;
            var report = ReportSeeder.Sale(_bot.Stores, by, start.AddHours(i), "watermelon", 100, "kg", 500_000);
            if (by == lan)
                lans.Add(report.Code);
        }

        var latest = _bot.Stores.Reports.LatestBy(lan.Id, 4).Select(r => r.Code).ToList();

        Assert.Equal(lans.AsEnumerable().Reverse().Take(4), latest);
        Assert.Equal(lans[^1], _bot.Stores.Reports.LastBy(lan.Id)!.Code);
        Assert.Empty(_bot.Stores.Reports.LatestBy(lan.Id + chua.Id + 100, 5));
    }

    [Fact]
    public void The_query_walks_the_reporters_index_backwards_without_sorting()
    {
        var plan = _bot
            .Db.Engine.Execute(
                "EXPLAIN SELECT $ FROM reports WHERE "
                    + Core.Storage.ReportStore.ReporterLatestFilter
                    + " ORDER BY "
                    + Core.Storage.ReportStore.ReporterLatest
                    + " DESC LIMIT 5",
                new BsonDocument
                {
                    ["0"] = Core.Storage.ReportStore.ReporterLatestBounds(7)[0],
                    ["1"] = Core.Storage.ReportStore.ReporterLatestBounds(7)[1],
                }
            )
            .ToEnumerable()
            .Single()
            .AsDocument;

        Assert.Equal("reporter_latest", plan["index"]["name"].AsString);
        Assert.Equal(-1, plan["index"]["order"].AsInt32);
        Assert.True(plan["orderBy"].IsNull, plan.ToString());
    }
}
