using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reports.Kinds.Meeting;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;
using ThanUyen.Bot.Core.Reviews;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Tests.Infra;

/// <summary>
/// Writes reports straight into the database, as if filed by chat, for digest and export tests. They are
/// approved (checked figures, like reports from before reviews) unless a test says otherwise with
/// <see cref="Status"/>: a waiting report would draw review cards and reminders the test is not about.
/// </summary>
public static class ReportSeeder
{
    private static int _n;

    public static Report Sale(
        Stores stores,
        Member by,
        DateTime receivedUtc,
        string product,
        decimal quantity,
        string unit,
        decimal total
    ) =>
        Save(
            stores,
            by,
            receivedUtc,
            r =>
            {
                r.FlowId = "sale";
                r.Facts = new SaleFacts
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
        Stores stores,
        Member by,
        DateTime receivedUtc,
        string topic,
        int people,
        int women,
        DateTime? eventDate = null,
        int? mong = null,
        int? thai = null
    ) =>
        Save(
            stores,
            by,
            receivedUtc,
            r =>
            {
                r.FlowId = "meeting";
                r.Facts = new MeetingFacts
                {
                    Kind = "meeting",
                    Topic = topic,
                    Participants = people,
                    Women = women,
                    Mong = mong,
                    Thai = thai,
                    Outcome = "ok",
                };
                if (eventDate is { } d)
                    r.EventDate = d;
            }
        );

    public static Report Progress(
        Stores stores,
        Member by,
        DateTime receivedUtc,
        SubProject work,
        int percent,
        int? previous,
        int workdays = 0,
        decimal cash = 0
    ) =>
        Save(
            stores,
            by,
            receivedUtc,
            r =>
            {
                r.VillageId = work.VillageId;
                r.FlowId = "progress";
                r.Facts = new ProgressFacts
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

    private static Report Save(Stores stores, Member by, DateTime receivedUtc, Action<Report> fill)
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
        report.Review.Status = ReviewStatus.Approved;
        fill(report);
        report.CommuneId = stores.Catalogue.Village(report.VillageId)?.CommuneId ?? report.CommuneId;
        return stores.Writer.Write(() => stores.Reports.Create(report).Report);
    }

    /// <summary>Sets a seeded report's review status (and a decision by <paramref name="by"/> when decided).</summary>
    public static Report Status(
        Stores stores,
        Report report,
        ReviewStatus status,
        Member? by = null,
        string comment = ""
    )
    {
        report.Review.Status = status;
        if (by is not null)
            report.Review.History.Add(
                new ReviewEntry
                {
                    At = report.ReceivedAt.AddHours(2),
                    ById = by.Id,
                    ByName = by.Name,
                    Status = status,
                    Comment = comment,
                }
            );
        stores.Writer.Write(() => stores.Reports.Save(report));
        return report;
    }
}
