using System.Globalization;
using System.Text;
using ThanUyen.Bot.Core.Flows;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Digests;

public static partial class DigestBuilder
{
    private static List<string> MeetingSection(
        StringBuilder sb,
        DigestInput input,
        List<Report> meetings,
        List<Report> previous
    )
    {
        var lines = new List<string>();
        if (meetings.Count == 0 && previous.Count == 0)
        {
            sb.Append(T.DigestNoMeetings).Append('\n');
            return lines;
        }
        int participants = meetings.Sum(m => m.Meeting!.Participants),
            women = meetings.Sum(m => m.Meeting!.Women);
        var share = participants == 0 ? 0 : (int)Math.Round(100.0 * women / participants);
        sb.Append(
                T.DigestMeetings(
                    meetings.Count,
                    Trend(meetings.Count, previous.Count, n => n.ToString(CultureInfo.InvariantCulture)),
                    participants,
                    Trend(
                        participants,
                        previous.Sum(m => m.Meeting!.Participants),
                        n => n.ToString(CultureInfo.InvariantCulture)
                    ),
                    share
                )
            )
            .Append('\n');
        var topics = meetings
            .GroupBy(m => TopicName(m.Meeting!))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} ({g.Count()})");
        if (meetings.Count > 0)
            sb.Append(T.DigestTopics(string.Join(", ", topics))).Append('\n');
        foreach (var m in meetings)
        {
            var eventDay = DateOnly.FromDateTime(m.EventDate);
            var received = DateOnly.FromDateTime(
                TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(m.ReceivedAt, DateTimeKind.Utc), input.Zone)
            );
            // A meeting held before the week but reported in it is in this digest: say when it happened.
            var date = eventDay < input.Week.Monday || eventDay != received ? $" {eventDay:dd'/'MM}" : "";
            var line =
                $"  • {m.Code}{date} {VillageName(input, m.VillageId)}: {TopicName(m.Meeting!)}, "
                + $"{m.Meeting!.Participants} người";
            lines.Add(line);
        }
        return lines;
    }

    private static string TopicName(MeetingFacts m) =>
        m.OtherTopic ?? MeetingReportFlow.Topics.FirstOrDefault(t => t.Value == m.Topic)?.Label ?? m.Topic;

    private static List<(string, int)> ProgressSection(StringBuilder sb, DigestInput input, List<Report> progress)
    {
        sb.Append('\n').Append(T.DigestInfrastructure).Append('\n');
        var figures = new List<(string, int)>();
        foreach (var group in progress.GroupBy(r => r.Progress!.SubProjectId))
        {
            var latest = group.Last().Progress!;
            var from = input.ProgressBefore.TryGetValue(group.Key, out var before)
                ? before.Progress!.Percent
                : group.First().Progress!.PreviousPercent;
            var workdays = group.Sum(r => r.Progress!.Workdays ?? 0);
            var cash = group.Sum(r => r.Progress!.Cash ?? 0);
            var status =
                InfrastructureProgressFlow.Statuses.FirstOrDefault(s => s.Value == latest.Status)?.Label
                ?? latest.Status;
            var contribution =
                workdays == 0 && cash == 0
                    ? ""
                    : T.DigestContribution(workdays, cash == 0 ? "" : Money.FormatShort(cash));
            sb.Append(T.DigestProgressLine(latest.SubProjectName, from, latest.Percent, status, contribution))
                .Append('\n');
            if (latest.Problems is { } problems && !problems.StartsWith("voice:", StringComparison.Ordinal))
                sb.Append("    🆘 ").Append(T.Clip(problems)).Append('\n');
            figures.Add((latest.SubProjectName, latest.Percent));
        }
        if (progress.Count == 0)
            sb.Append(T.DigestNoProgress).Append('\n');
        var stale = input
            .SubProjects.Where(s =>
                s.Active
                && !progress.Any(r => r.Progress!.SubProjectId == s.Id)
                && (
                    !input.ProgressBefore.TryGetValue(s.Id, out var last)
                    || last.ReceivedAt < input.Week.EndUtc(input.Zone).AddDays(-14)
                )
            )
            .Select(s => s.Name)
            .ToList();
        if (stale.Count > 0)
            sb.Append(T.DigestStale(string.Join(", ", stale))).Append('\n');
        return figures;
    }

    private static (decimal, List<(string, decimal)>) SalesSection(
        StringBuilder sb,
        List<Report> sales,
        decimal previousRevenue
    )
    {
        var revenue = sales.Sum(r => r.Sale!.Total);
        sb.Append('\n')
            .Append(T.DigestSales(Money.Format(revenue), Trend(revenue, previousRevenue, Money.FormatShort)))
            .Append('\n');
        var byProduct = new List<(string, decimal)>();
        foreach (
            var product in sales
                .GroupBy(r => (r.Sale!.Product, r.Sale.Unit))
                .OrderByDescending(g => g.Sum(r => r.Sale!.Total))
        )
        {
            var name = ProductName(product.First());
            var quantity = product.Sum(r => r.Sale!.Quantity);
            var total = product.Sum(r => r.Sale!.Total);
            var average = quantity == 0 ? 0 : total / quantity;
            sb.Append(
                    T.DigestSaleLine(
                        name,
                        new Quantity(quantity, product.Key.Unit).ToString(),
                        Money.Format(total),
                        Money.Format(average),
                        Quantity.UnitName(product.Key.Unit)
                    )
                )
                .Append('\n');
            byProduct.Add((name, total));
        }
        return (revenue, byProduct);
    }

    private static string ProductName(Report r)
    {
        var label =
            r.Answers.GetValueOrDefault("product_other")
            ?? SaleReportFlow.Products.FirstOrDefault(p => p.Value == r.Sale!.Product)?.Label
            ?? r.Sale!.Product;
        return label;
    }
}
