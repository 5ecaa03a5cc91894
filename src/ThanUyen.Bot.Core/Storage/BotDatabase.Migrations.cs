using LiteDB;
using ThanUyen.Bot.Core.Reports.Kinds.Meeting;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;

namespace ThanUyen.Bot.Core.Storage;

public sealed partial class BotDatabase
{
    private const string SchemaKey = "schema";
    private const int Schema = 2;

    /// <summary>
    /// Brings documents written by older versions to today's shape, once, at open (before the writer exists).
    /// 1 → 2: a report's kind was an enum with one nullable property per kind (Meeting, Progress, Sale);
    /// now it names its flow and carries its kind's facts in Facts.
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
        Meta.Upsert(
            new MetaEntry { Id = SchemaKey, Value = Schema.ToString(System.Globalization.CultureInfo.InvariantCulture) }
        );
        Engine.Commit();
        SyncLog();
    }
}
