using LiteDB;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Tests.Infra;

namespace ThanUyen.Bot.Tests.Reports;

/// <summary>
/// The database maps answers and typed facts with its own faster code (LiteDB's looked up types by name and
/// generic arguments on every document). What is on disk must stay what LiteDB's own mapping writes, both ways:
/// databases written before the change read the same, and a database written now opens with plain LiteDB.
/// </summary>
public sealed class ReportMappingTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    /// <summary>LiteDB's own mapping with the database's settings.</summary>
    private static BsonMapper Stock() =>
        new()
        {
            EnumAsInteger = true,
            EmptyStringToNull = false,
            TrimWhitespace = false,
        };

    private static Report Sample() =>
        new()
        {
            Code = "BC-0042",
            SubmissionKey = "k42",
            FlowId = "sale",
            ReporterId = 7,
            CommuneId = "pha-mu",
            VillageId = "pa-khom",
            ReceivedAt = new DateTime(2026, 11, 30, 3, 4, 5, DateTimeKind.Utc),
            EventDate = new DateTime(2026, 11, 29),
            Answers = new()
            {
                ["product"] = "cattle",
                ["buyer"] = "", // skipped: stays "", never null
                ["note"] = "  bán ở chợ Mường Kim  ", // spaces kept
                ["Quantity"] = "2 con", // keys differ only by case from a field name
            },
            Facts = new SaleFacts
            {
                Product = "cattle",
                Quantity = 2,
                Unit = "con",
                Total = 24_000_000,
            },
        };

    [Fact]
    public void A_report_is_stored_as_LiteDBs_own_mapping_stores_it_and_reads_back_whole()
    {
        var report = Sample();
        _bot.Stores.Writer.Write(() => _bot.Db.Reports.Insert(report));

        var onDisk = _bot.Db.Engine.GetCollection("reports").FindById(report.Id);
        Assert.Equal(JsonSerializer.Serialize(Stock().ToDocument(report)), JsonSerializer.Serialize(onDisk));
        Assert.Equal(
            "ThanUyen.Bot.Core.Reports.Kinds.Sale.SaleFacts, ThanUyen.Bot.Core",
            onDisk["Facts"]["_type"].AsString
        );

        var read = _bot.Db.Reports.FindById(report.Id);
        Assert.Equal(report.Answers, read.Answers);
        Assert.Equal("", read.Answers["buyer"]);
        var facts = Assert.IsType<SaleFacts>(read.Facts);
        Assert.Equal((24_000_000m, "con"), (facts.Total, facts.Unit));
    }

    [Fact]
    public void A_report_and_a_conversation_written_by_LiteDBs_own_mapping_read_the_same()
    {
        var report = Sample();
        report.Id = 99;
        var state = new ConversationState
        {
            Id = "telegram:1",
            FlowId = "sale",
            StepKey = "buyer",
            Answers = new() { ["product"] = "watermelon", ["quantity"] = "" },
            PendingPrefill = new() { ["village"] = "hang" },
        };
        _bot.Stores.Writer.Write(() =>
        {
            _bot.Db.Engine.GetCollection("reports").Insert(Stock().ToDocument(report));
            _bot.Db.Engine.GetCollection("conversations").Insert(Stock().ToDocument(state));
        });

        var read = _bot.Db.Reports.FindById(99);
        Assert.Equal(report.Answers, read.Answers);
        Assert.Equal(24_000_000m, Assert.IsType<SaleFacts>(read.Facts).Total);
        var conversation = _bot.Db.Conversations.FindById("telegram:1");
        Assert.Equal(state.Answers, conversation.Answers);
        Assert.Equal(state.PendingPrefill, conversation.PendingPrefill);
    }

    [Fact]
    public void A_facts_type_LiteDB_refuses_is_still_refused()
    {
        var document = Stock().ToDocument(Sample());
        document["_id"] = 5;
        document["Facts"]["_type"] = "System.Diagnostics.Process, System.Diagnostics.Process";
        _bot.Stores.Writer.Write(() => _bot.Db.Engine.GetCollection("reports").Insert(document));

        Assert.Throws<LiteException>(() => _bot.Db.Reports.FindById(5));
    }
}
