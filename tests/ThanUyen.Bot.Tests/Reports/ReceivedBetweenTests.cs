using LiteDB;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reports;

/// <summary>
/// Digests, exports and the register's progress read a time range of reports in chunks (LiteDB holds every
/// page one query reads, and its cache never gives them back). The chunks must add up to exactly the range:
/// none read twice, none missed, also where many reports share the time a chunk ends on.
/// </summary>
public sealed class ReceivedBetweenTests : IDisposable
{
    private readonly TestBot _bot = new();
    private static readonly DateTime Start = new(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void A_range_read_in_chunks_holds_every_report_once_in_id_order_even_across_shared_times()
    {
        // 9,000 reports in groups of 7 sharing one time (chunk ends fall inside groups), two communes, plus
        // 2,500 filed at the very same second (an import): more than a chunk at one time.
        var reports = new List<Report>();
        for (var i = 0; i < 9_000; i++)
            reports.Add(Make(i, Start.AddSeconds(i / 7 * 60), i % 3 == 0 ? "muong-kim" : "pha-mu"));
        var import = Start.AddDays(3);
        for (var i = 9_000; i < 11_500; i++)
            reports.Add(Make(i, import, "pha-mu"));
        _bot.Stores.Writer.Write(() => _bot.Db.Reports.InsertBulk(reports));

        foreach (
            var (from, to, commune) in new (DateTime, DateTime, string?)[]
            {
                (DateTime.MinValue, DateTime.MaxValue, null),
                (Start.AddSeconds(3 * 60), Start.AddDays(3), "pha-mu"),
                (Start.AddDays(2), import.AddSeconds(1), "muong-kim"),
                (Start.AddDays(2), import.AddSeconds(1), null),
                (import, import.AddMilliseconds(1), null),
                (Start.AddDays(9), Start.AddDays(10), null),
            }
        )
        {
            var expected = reports
                .Where(r => r.ReceivedAt >= from && r.ReceivedAt < to && (commune is null || r.CommuneId == commune))
                .Select(r => r.Id)
                .ToList();
            var read = _bot.Stores.Reports.ReceivedBetween(from, to, commune).Select(r => r.Id).ToList();
            Assert.Equal(expected, read);
        }
        Assert.Equal(11_500, _bot.Stores.Reports.ReceivedBetween(DateTime.MinValue, DateTime.MaxValue).Count);
    }

    [Fact]
    public void Each_chunk_walks_the_ReceivedAt_index_in_its_own_order_and_stops_at_the_chunk()
    {
        var plan = _bot
            .Db.Engine.Execute(
                "EXPLAIN SELECT $ FROM reports WHERE "
                    + ReportStore.ReceivedFilter
                    + " ORDER BY "
                    + ReportStore.ReceivedOrder
                    + " LIMIT "
                    + ReportStore.ChunkSize,
                new BsonDocument { ["0"] = Start, ["1"] = Start.AddDays(7) }
            )
            .ToEnumerable()
            .Single()
            .AsDocument;

        Assert.Equal("ReceivedAt", plan["index"]["name"].AsString);
        Assert.True(plan["orderBy"].IsNull, plan.ToString());
    }

    private static Report Make(int i, DateTime receivedUtc, string commune) =>
        new()
        {
            Id = i + 1,
            Code = $"R{i:00000}",
            SubmissionKey = $"k{i}",
            FlowId = "sale",
            ReporterId = 1 + i % 50,
            CommuneId = commune,
            VillageId = commune == "pha-mu" ? "pa-khom" : "tham-phe",
            EventDate = receivedUtc.Date,
            ReceivedAt = receivedUtc,
        };
}
