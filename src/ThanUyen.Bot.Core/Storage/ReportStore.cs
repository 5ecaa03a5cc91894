using System.Globalization;
using LiteDB;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Storage;

public sealed class ReportStore(BotDatabase db, DatabaseWriter writer, MetaStore meta)
{
    private const string SequenceKey = "report-seq";

    public Report? Find(string code) => db.Reports.FindOne(r => r.Code == Normalize(code));

    public Report? Find(int id) => db.Reports.FindById(id);

    public static string Normalize(string code)
    {
        var digits = new string(code.Where(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, CultureInfo.InvariantCulture, out var n) ? Code(n) : code.Trim().ToUpperInvariant();
    }

    private static string Code(int n) => $"BC-{n.ToString("D4", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The key of the "reporter_latest" index: reporter × 10⁹ + report id, so a member's reports sit together in
    /// id order. Read backwards and stopped after a few, a member's latest reports cost the same after 10 or
    /// 10,000 of them (filtering on the reporter and sorting by id read and sorted all of them, on every sale's
    /// confirm and for each member on the members page).
    /// </summary>
    public const string ReporterLatest = "(INT64($.ReporterId) * 1000000000 + $._id)";

    /// <summary>
    /// The index range of one reporter's reports (ids stay below 10⁹), with the bounds as parameters
    /// (<see cref="ReporterLatestBounds"/>): LiteDB parses and compiles each new expression text once, so a
    /// filter with the numbers written in compiled anew for every member — 500 members reaching their first
    /// confirm stalled every chat for ~3 s (scripts/bench steady).
    /// </summary>
    public const string ReporterLatestFilter = ReporterLatest + " BETWEEN @0 AND @1";

    public static BsonValue[] ReporterLatestBounds(int reporterId) =>
        [reporterId * 1_000_000_000L, reporterId * 1_000_000_000L + 999_999_999];

    public List<Report> LatestBy(int reporterId, int count) =>
        db
            .Reports.Query()
            .Where(ReporterLatestFilter, ReporterLatestBounds(reporterId))
            .OrderByDescending(ReporterLatest)
            .Limit(count)
            .ToList();

    public Report? LastBy(int reporterId) => LatestBy(reporterId, 1).FirstOrDefault();

    /// <summary>
    /// The latest report of a kind whose facts have <paramref name="field"/> = <paramref name="value"/>
    /// ("progress", "SubProjectId", 3): the latest progress of a work.
    /// </summary>
    public Report? Latest(string flowId, string field, BsonValue value) =>
        db
            .Reports.Find(
                BsonExpression.Create(
                    $"$.{nameof(Report.FlowId)} = @0 AND $.{nameof(Report.Facts)}.{field} = @1",
                    flowId,
                    value
                )
            )
            .MaxBy(r => r.Id);

    /// <summary>How far back <see cref="LatestIn"/> looks: a usual price is a recent one.</summary>
    public const int RecentScan = 2_000;

    /// <summary>
    /// The latest reports of a kind from one village among the last <see cref="RecentScan"/> reports, newest
    /// first: what its usual prices are. Read backwards along the id index and stopped early, so the cost does
    /// not grow with the database (a filtered query sorted by id read and sorted every match on every confirm).
    /// </summary>
    public List<Report> LatestIn(string flowId, string villageId, int count) =>
        db
            .Reports.Find(Query.All("_id", Query.Descending))
            .Take(RecentScan)
            .Where(r => r.FlowId == flowId && r.VillageId == villageId)
            .Take(count)
            .ToList();

    /// <summary>How many reports one query of <see cref="ReceivedBetween"/> reads.</summary>
    public const int ChunkSize = 2_000;

    /// <summary>
    /// Reports received in [from, to), optionally of one commune, in id order. Read in chunks of
    /// <see cref="ChunkSize"/> along the ReceivedAt index, each chunk its own query: LiteDB keeps every page a
    /// query reads until the query ends (up to 100,000 pages), and its page cache never shrinks, so one query over
    /// 100,000 reports (a digest, an export, the register's progress) grew the cache by ~90 MB for the life of the
    /// process. A chunk starts where the last one ended; reports sharing the boundary's exact time are skipped
    /// by id, so none is read twice or missed.
    /// </summary>
    public List<Report> ReceivedBetween(DateTime fromUtc, DateTime toUtc, string? communeId = null)
    {
        var found = new List<Report>();
        var cursor = fromUtc;
        var atCursor = new HashSet<int>(); // reports already taken whose time is exactly the cursor
        while (true)
        {
            var limit = ChunkSize + atCursor.Count;
            var chunk = db
                .Reports.Query()
                .Where(ReceivedFilter, cursor, toUtc)
                .OrderBy(ReceivedOrder)
                .Limit(limit)
                .ToList();
            found.AddRange(
                chunk.Where(r => !atCursor.Contains(r.Id) && (communeId is null || r.CommuneId == communeId))
            );
            if (chunk.Count < limit)
                break;
            var last = chunk[^1].ReceivedAt;
            if (last != cursor)
                atCursor.Clear();
            cursor = last;
            atCursor.UnionWith(chunk.Where(r => r.ReceivedAt == last).Select(r => r.Id));
        }
        found.Sort((a, b) => a.Id.CompareTo(b.Id));
        return found;
    }

    /// <summary>The range and order <see cref="ReceivedBetween"/> reads: the ReceivedAt index's own, no sort.</summary>
    internal const string ReceivedFilter = "$.ReceivedAt >= @0 AND $.ReceivedAt < @1",
        ReceivedOrder = "$.ReceivedAt";

    /// <summary>Who reported anything since then.</summary>
    public HashSet<int> ReportersSince(DateTime fromUtc) =>
        db.Reports.Find(r => r.ReceivedAt >= fromUtc).Select(r => r.ReporterId).ToHashSet();

    public int Count(string flowId, DateTime? sinceUtc = null) =>
        sinceUtc is { } since
            ? db.Reports.Count(r => r.FlowId == flowId && r.ReceivedAt >= since)
            : db.Reports.Count(r => r.FlowId == flowId);

    /// <summary>
    /// One page of the reports a query selects, newest first, and how many it selects in all.
    /// <paramref name="describe"/> adds what people read (the kind's one-line summary) to what text matches.
    /// </summary>
    public (List<Report> Page, int Total) Search(
        ReportQuery query,
        int skip,
        int take,
        Func<Report, string>? describe = null
    )
    {
        ILiteQueryable<Report> Filtered()
        {
            var q = db.Reports.Query();
            if (query.CommuneId is { } commune)
                q = q.Where(r => r.CommuneId == commune);
            if (query.VillageId is { } village)
                q = q.Where(r => r.VillageId == village);
            if (query.FlowId is { } flow)
                q = q.Where(r => r.FlowId == flow);
            if (query.ReporterId is { } reporter)
                q = q.Where(r => r.ReporterId == reporter);
            if (query.FromUtc is { } from)
                q = q.Where(r => r.ReceivedAt >= from);
            if (query.ToUtc is { } to)
                q = q.Where(r => r.ReceivedAt < to);
            if (query.Status is { } status)
                q = q.Where(r => r.Review.Status == status);
            return q;
        }
        var key = Parsing.TextKey.Of(query.Text ?? "");
        if (key.Length == 0)
            return (Filtered().OrderByDescending(r => r.Id).Skip(skip).Limit(take).ToList(), Filtered().Count());
        // Loose text (no diacritics, any case) cannot be an index seek: filter what the fields selected.
        var matching = Filtered()
            .OrderByDescending(r => r.Id)
            .ToEnumerable()
            .Where(r => Parsing.TextKey.Of(Searchable(r, describe)).Contains(key, StringComparison.Ordinal))
            .ToList();
        return (matching.Skip(skip).Take(take).ToList(), matching.Count);
    }

    private static string Searchable(Report r, Func<Report, string>? describe) =>
        $"{r.Code} {r.ReporterName} {string.Join(' ', r.Answers.Values)} {describe?.Invoke(r)}";

    /// <summary>Every report of a kind (a work's whole history is read from these).</summary>
    public List<Report> OfKind(string flowId) => db.Reports.Find(r => r.FlowId == flowId).OrderBy(r => r.Id).ToList();

    public List<Report> By(int reporterId) => db.Reports.Find(r => r.ReporterId == reporterId).ToList();

    /// <summary>Saves a new report, or returns the one this conversation already saved (a double tap).</summary>
    public (Report Report, bool Created) Create(Report report)
    {
        writer.EnsureWriting();
        if (db.Reports.FindOne(r => r.SubmissionKey == report.SubmissionKey) is { } existing)
            return (existing, false);
        var next = int.Parse(meta.Get(SequenceKey) ?? "0", CultureInfo.InvariantCulture) + 1;
        meta.Set(SequenceKey, next.ToString(CultureInfo.InvariantCulture));
        report.Code = Code(next);
        db.Reports.Insert(report);
        return (report, true);
    }

    public void Save(Report report)
    {
        writer.EnsureWriting();
        db.Reports.Update(report);
    }

    /// <summary>
    /// Whether a report other than <paramref name="exceptId"/> uses a photo or voice note (rare: only when an
    /// edit dropped one, so a scan is affordable).
    /// </summary>
    public bool UsesMedia(string reference, int exceptId) =>
        db
            .Reports.FindAll()
            .Any(r =>
                r.Id != exceptId
                && (
                    (r.Facts?.PhotoFileIds.Contains(reference) ?? false)
                    || r.Answers.Values.Any(v => v.Contains(reference, StringComparison.Ordinal))
                )
            );
}
