using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reports.Kinds.Meeting;
using ThanUyen.Bot.Core.Reports.Kinds.Progress;
using ThanUyen.Bot.Core.Reports.Kinds.Sale;

namespace ThanUyen.Bot.Bench;

/// <summary>
/// Reports of the three kinds in turn, spread over the villages and works: the digest and footprint load.
/// </summary>
public static class BenchReports
{
    public static Report Make(int i, DateTime at, IReadOnlyList<Village> villages, IReadOnlyList<SubProject> works)
    {
        var v = villages[i % villages.Count];
        var r = new Report
        {
            Code = $"BC-{i:D6}",
            SubmissionKey = $"k{i}",
            ReporterId = i % 42,
            VillageId = v.Id,
            CommuneId = v.CommuneId,
            ReceivedAt = at,
            EventDate = at.Date,
        };
        switch (i % 3)
        {
            case 0:
                r.FlowId = "sale";
                r.Facts = new SaleFacts
                {
                    Product = (i % 2 == 0) ? "cattle" : "watermelon",
                    Quantity = 1 + i % 7,
                    Unit = "con",
                    Total = 1_000_000 + i % 50 * 100_000,
                    Buyer = "trader",
                };
                break;
            case 1:
                r.FlowId = "meeting";
                r.Facts = new MeetingFacts
                {
                    Kind = "meeting",
                    Topic = "cattle",
                    Participants = 10 + i % 30,
                    Women = 5 + i % 10,
                    Outcome = "ok",
                };
                break;
            default:
                var w = works[i % works.Count];
                r.FlowId = "progress";
                r.VillageId = w.VillageId;
                r.Facts = new ProgressFacts
                {
                    SubProjectId = w.Id,
                    SubProjectName = w.Name,
                    Percent = i % 101,
                    Status = "on_track",
                };
                break;
        }
        return r;
    }
}
