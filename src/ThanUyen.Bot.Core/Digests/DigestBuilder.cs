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
        var meetings = input.ThisWeek.Where(r => r.Meeting is not null).OrderBy(r => r.EventDate).ThenBy(r => r.Id).ToList();
        var sales = input.ThisWeek.Where(r => r.Sale is not null).ToList();
        var progress = input.ThisWeek.Where(r => r.Progress is not null).OrderBy(r => r.Id).ToList();
        var previousMeetings = input.PreviousWeek.Where(r => r.Meeting is not null).ToList();
        var previousRevenue = input.PreviousWeek.Where(r => r.Sale is not null).Sum(r => r.Sale!.Total);

        var sb = new StringBuilder();
        sb.Append(T.DigestTitle(input.Commune.Name, input.Week.Label)).Append("\n\n");
        var meetingLines = MeetingSection(sb, input, meetings, previousMeetings);
        var progressFigures = ProgressSection(sb, input, progress);
        var (revenue, byProduct) = SalesSection(sb, sales, previousRevenue);
        SilentMembers(sb, input);

        var figures = new DigestFigures(meetings.Count, meetings.Sum(m => m.Meeting!.Participants), meetings.Sum(m => m.Meeting!.Women),
            revenue, byProduct, progressFigures);
        return new Digest(input.Commune.Id, input.Week, Fit(sb.ToString(), meetingLines), figures);
    }

    /// <summary>Keeps the digest within one Telegram message: drops the per-meeting lines first, then cuts.</summary>
    private static string Fit(string text, List<string> optionalLines)
    {
        foreach (var line in optionalLines.AsEnumerable().Reverse())
        {
            if (text.Length <= MaxLength) break;
            text = text.Replace(line + "\n", "", StringComparison.Ordinal);
        }
        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
    }

    private static string Trend(decimal now, decimal before, Func<decimal, string> format) => (now - before) switch
    {
        > 0 => $" (↑ {format(now - before)})",
        < 0 => $" (↓ {format(before - now)})",
        _ => " (=)",
    };

    private static string VillageName(DigestInput input, string id) => input.Villages.FirstOrDefault(v => v.Id == id)?.Name ?? id;

    private static void SilentMembers(StringBuilder sb, DigestInput input)
    {
        if (input.Members.Count == 0) return;
        var reporters = input.ThisWeek.Select(r => r.ReporterId).ToHashSet();
        var silent = input.Members.Where(m => !reporters.Contains(m.Id))
            .Select(m => $"{m.Name} ({VillageName(input, m.VillageId ?? "")})").ToList();
        sb.Append('\n').Append(silent.Count == 0 ? T.DigestEveryoneReported : T.DigestSilent(string.Join(", ", silent))).Append('\n');
    }
}
