using LiteDB;
using ThanUyen.Bot.Core.Reports.Kinds.Meeting;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Core.Reviews;

namespace ThanUyen.Bot.Core.Storage;

public sealed partial class BotDatabase
{
    private const string SchemaKey = "schema";
    private const int Schema = 3;

    /// <summary>
    /// Brings documents written by older versions to today's shape, once, at open (before the writer exists),
    /// one step after the other in one transaction.
    /// 1 → 2: a report's kind was an enum with one nullable property per kind (Meeting, Progress, Sale);
    /// now it names its flow and carries its kind's facts in Facts.
    /// 2 → 3: reports have a review status; those saved before reviews existed count as approved.
    /// </summary>
    private void Migrate()
    {
        var version =
            int.TryParse(Meta.FindById(SchemaKey)?.Value, out var v) ? v
            : Engine.GetCollectionNames().Any() ? 1
            : Schema;
        if (version >= Schema)
        {
            Meta.Upsert(
                new MetaEntry
                {
                    Id = SchemaKey,
                    Value = Schema.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }
            );
            return;
        }
        Engine.BeginTrans();
        var reports = Engine.GetCollection("reports");
        if (version < 2)
            KindsToFacts(reports);
        if (version < 3)
            ApproveEarlierReports(reports);
        Meta.Upsert(
            new MetaEntry { Id = SchemaKey, Value = Schema.ToString(System.Globalization.CultureInfo.InvariantCulture) }
        );
        Engine.Commit();
        SyncLog();
    }

    private static void KindsToFacts(ILiteCollection<BsonDocument> reports)
    {
        foreach (var doc in reports.FindAll().ToList())
        {
            if (doc.ContainsKey("FlowId"))
                continue;
            var (flow, field, type) = doc["Kind"].AsInt32 switch
            {
                0 => ("meeting", "Meeting", typeof(MeetingFacts)),
                1 => ("progress", "Progress", typeof(ProgressFacts)),
                _ => ("sale", "Sale", typeof(SaleFacts)),
            };
            var facts = doc[field].IsDocument ? doc[field].AsDocument : [];
            facts["_type"] = $"{type.FullName}, {type.Assembly.GetName().Name}";
            if (flow == "sale" && doc["Answers"].IsDocument && doc["Answers"]["product_other"].IsString)
                facts["OtherProduct"] = doc["Answers"]["product_other"];
            doc["FlowId"] = flow;
            doc["Facts"] = facts;
            foreach (var old in new[] { "Kind", "Meeting", "Progress", "Sale" })
                doc.Remove(old);
            reports.Update(doc);
        }
    }

    /// <summary>Nobody reviewed them, but they were final when saved: they stay in every figure as they were.</summary>
    private static void ApproveEarlierReports(ILiteCollection<BsonDocument> reports)
    {
        foreach (var doc in reports.FindAll().ToList())
        {
            if (doc["Review"].IsDocument)
                continue;
            doc["Review"] = new BsonDocument
            {
                ["Status"] = (int)ReviewStatus.Approved,
                ["Version"] = 0,
                ["History"] = new BsonArray(),
            };
            reports.Update(doc);
        }
    }
}
