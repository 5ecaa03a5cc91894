using System.Text;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Digests;

/// <summary>
/// Turns a commune's week of reports into the officers' digest. Pure: same input, same text. A week
/// holds the reports received in it (each report is in exactly one week); edited reports count with
/// their current values.
/// </summary>
public static partial class DigestBuilder
{
    public const int MaxLength = 4096;

    public static Digest Build(DigestInput input)
    {
        var meetings = input
            .ThisWeek.Where(r => r.Meeting is not null)
            .OrderBy(r => r.EventDate)
            .ThenBy(r => r.Id)
            .ToList();
        var sales = input.ThisWeek.Where(r => r.Sale is not null).ToList();
        var progress = input.ThisWeek.Where(r => r.Progress is not null).OrderBy(r => r.Id).ToList();
        var previousMeetings = input.PreviousWeek.Where(r => r.Meeting is not null).ToList();
        var previousRevenue = input.PreviousWeek.Where(r => r.Sale is not null).Sum(r => r.Sale!.Total);

        var head = new StringBuilder().Append(T.DigestTitle(input.Commune.Name, input.Week.Label)).Append("\n\n");
        var meetingLines = MeetingSection(head, input, meetings, previousMeetings);
        var rest = new StringBuilder();
        var progressFigures = ProgressSection(rest, input, progress);
        var (revenue, byProduct) = SalesSection(rest, sales, previousRevenue);
        SilentMembers(rest, input);

        var figures = new DigestFigures(
            meetings.Count,
            meetings.Sum(m => m.Meeting!.Participants),
            meetings.Sum(m => m.Meeting!.Women),
            revenue,
            byProduct,
            progressFigures
        );
        return new Digest(input.Commune.Id, input.Week, Fit(head, meetingLines, rest.ToString()), figures);
    }

    /// <summary>
    /// Keeps the digest within one Telegram message: as many per-meeting lines as fit, then the rest; cut as a last
    /// resort.
    /// </summary>
    private static string Fit(StringBuilder head, List<string> meetingLines, string rest)
    {
        var budget = MaxLength - head.Length - rest.Length - 40;
        var shown = 0;
        foreach (var line in meetingLines)
        {
            if (line.Length + 1 > budget)
                break;
            head.Append(line).Append('\n');
            budget -= line.Length + 1;
            shown++;
        }
        if (shown < meetingLines.Count)
            head.Append(T.DigestMoreMeetings(meetingLines.Count - shown)).Append('\n');
        var text = head.Append(rest).ToString();
        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
    }

    private static string Trend(decimal now, decimal before, Func<decimal, string> format) =>
        (now - before) switch
        {
            > 0 => $" (↑ {format(now - before)})",
            < 0 => $" (↓ {format(before - now)})",
            _ => " (=)",
        };

    private static string VillageName(DigestInput input, string id) =>
        input.Villages.FirstOrDefault(v => v.Id == id)?.Name ?? id;

    private static void SilentMembers(StringBuilder sb, DigestInput input)
    {
        if (input.Members.Count == 0)
            return;
        var reporters = input.ThisWeek.Select(r => r.ReporterId).ToHashSet();
        var silent = input
            .Members.Where(m => !reporters.Contains(m.Id))
            .Select(m => $"{m.Name} ({VillageName(input, m.VillageId ?? "")})")
            .ToList();
        sb.Append('\n')
            .Append(silent.Count == 0 ? T.DigestEveryoneReported : T.DigestSilent(string.Join(", ", silent)))
            .Append('\n');
    }
}
