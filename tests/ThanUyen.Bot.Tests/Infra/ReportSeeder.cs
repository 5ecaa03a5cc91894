using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Tests.Infra;

/// <summary>Writes reports straight into the database, as if filed by chat, for digest and export tests.</summary>
public static class ReportSeeder
{
    private static int _n;

    public static Report Sale(
        BotDatabase db,
        Member by,
        DateTime receivedUtc,
        string product,
        decimal quantity,
        string unit,
        decimal total
    ) =>
        Save(
            db,
            by,
            receivedUtc,
            r =>
            {
                r.Kind = ReportKind.Sale;
                r.Sale = new SaleFacts
                {
                    Product = product,
                    Quantity = quantity,
                    Unit = unit,
                    Total = total,
                    UnitPrice = total / quantity,
                    Buyer = "trader",
                };
            }
        );

    public static Report Meeting(
        BotDatabase db,
        Member by,
        DateTime receivedUtc,
        string topic,
        int people,
        int women,
        DateTime? eventDate = null
    ) =>
        Save(
            db,
            by,
            receivedUtc,
            r =>
            {
                r.Kind = ReportKind.Meeting;
                r.Meeting = new MeetingFacts
                {
                    Kind = "meeting",
                    Topic = topic,
                    Participants = people,
                    Women = women,
                    Outcome = "ok",
                };
                if (eventDate is { } d)
                    r.EventDate = d;
            }
        );

    public static Report Progress(
        BotDatabase db,
        Member by,
        DateTime receivedUtc,
        SubProject work,
        int percent,
        int? previous,
        int workdays = 0,
        decimal cash = 0
    ) =>
        Save(
            db,
            by,
            receivedUtc,
            r =>
            {
                r.Kind = ReportKind.Progress;
                r.VillageId = work.VillageId;
                r.Progress = new ProgressFacts
                {
                    SubProjectId = work.Id,
                    SubProjectName = work.Name,
                    Percent = percent,
                    PreviousPercent = previous,
                    Status = percent == 100 ? "completed" : "on_track",
                    Workdays = workdays,
                    Cash = cash,
                };
            }
        );

    private static Report Save(BotDatabase db, Member by, DateTime receivedUtc, Action<Report> fill)
    {
        var report = new Report
        {
            SubmissionKey = $"seed:{Interlocked.Increment(ref _n)}:{Guid.NewGuid():N}",
            ReporterId = by.Id,
            ReporterName = by.Name,
            Chat = by.MainAddress,
            VillageId = by.VillageId ?? "",
            CommuneId = by.CommuneId ?? "",
            ReceivedAt = receivedUtc,
            EventDate = receivedUtc.Date,
        };
        fill(report);
        report.CommuneId = db.Villages.FindById(report.VillageId)?.CommuneId ?? report.CommuneId;
        return new ReportStore(db).Create(report).Report;
    }
}
