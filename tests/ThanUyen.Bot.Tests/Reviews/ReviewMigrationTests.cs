using LiteDB;
using ThanUyen.Bot.Core.Reviews;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reviews;

/// <summary>Schema 2 → 3: reports saved before reviews existed were final when saved, and stay so.</summary>
public sealed class ReviewMigrationTests
{
    [Fact]
    public void A_report_saved_before_reviews_reads_as_approved_and_waits_in_no_queue()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.db");
        using (var old = new LiteDatabase(new ConnectionString { Filename = path }))
        {
            old.GetCollection("meta").Insert(new BsonDocument { ["_id"] = "schema", ["Value"] = "2" });
            old.GetCollection("reports")
                .Insert(
                    new BsonDocument
                    {
                        ["_id"] = 1,
                        ["Code"] = "BC-0001",
                        ["FlowId"] = "sale",
                        ["SubmissionKey"] = "old:1",
                        ["CommuneId"] = "muong-kim",
                        ["ReceivedAt"] = new DateTime(2026, 10, 1, 2, 0, 0, DateTimeKind.Utc),
                    }
                );
        }

        using var bot = new TestBot(path);

        var report = bot.Stores.Reports.Find("BC-0001")!;
        Assert.Equal(ReviewStatus.Approved, report.Review.Status);
        Assert.Empty(report.Review.History);
        Assert.Empty(bot.Stores.Reviews.Waiting());
        Assert.Equal("3", bot.Stores.Meta.Get("schema"));
    }
}
