using System.Globalization;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Reports;

public sealed class ReportStore(BotDatabase db)
{
    private const string SequenceKey = "report-seq";

    public Report? Find(string code) => db.Reports.FindOne(r => r.Code == Normalize(code));

    public static string Normalize(string code)
    {
        var digits = new string(code.Where(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, CultureInfo.InvariantCulture, out var n) ? Code(n) : code.Trim().ToUpperInvariant();
    }

    private static string Code(int n) => $"BC-{n.ToString("D4", CultureInfo.InvariantCulture)}";

    public List<Report> LatestBy(int reporterId, int count) =>
        db.Reports.Query().Where(r => r.ReporterId == reporterId).OrderByDescending(r => r.Id).Limit(count).ToList();

    /// <summary>The latest progress report of a sub-project (for "from → to" and the lower-percent check).</summary>
    public Report? LatestProgress(int subProjectId) =>
        db
            .Reports.Query()
            .Where(r => r.Kind == ReportKind.Progress && r.Progress!.SubProjectId == subProjectId)
            .OrderByDescending(r => r.Id)
            .FirstOrDefault();

    /// <summary>Saves a new report, or returns the one this conversation already saved (a double tap).</summary>
    public (Report Report, bool Created) Create(Report report)
    {
        if (db.Reports.FindOne(r => r.SubmissionKey == report.SubmissionKey) is { } existing)
            return (existing, false);
        var next = int.Parse(db.GetMeta(SequenceKey) ?? "0", CultureInfo.InvariantCulture) + 1;
        db.SetMeta(SequenceKey, next.ToString(CultureInfo.InvariantCulture));
        report.Code = Code(next);
        db.Reports.Insert(report);
        return (report, true);
    }

    /// <summary>
    /// Replaces a report's answers and facts, recording each changed field (old → new) in the audit log.
    /// </summary>
    public void Update(Report report, Report changed, Turn turn, Func<string, string, string> display)
    {
        var fields = report.Answers.Keys.Union(changed.Answers.Keys).Order(StringComparer.Ordinal);
        foreach (var key in fields)
        {
            var old = report.Answers.GetValueOrDefault(key);
            var now = changed.Answers.GetValueOrDefault(key);
            if (old == now)
                continue;
            db.Audit.Insert(
                new AuditEntry
                {
                    At = turn.Now,
                    ActorId = turn.Member!.Id,
                    ActorName = turn.Member.Name,
                    Action = "report.edit",
                    Subject = report.Code,
                    Details =
                        $"{key}: {(old is null ? "—" : display(key, old))} → {(now is null ? "—" : display(key, now))}",
                }
            );
        }
        report.Answers = changed.Answers;
        report.EventDate = changed.EventDate;
        report.VillageId = changed.VillageId;
        report.CommuneId = changed.CommuneId;
        report.Meeting = changed.Meeting;
        report.Progress = changed.Progress;
        report.Sale = changed.Sale;
        report.UpdatedAt = turn.Now;
        db.Reports.Update(report);
    }
}
