using System.Text;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Digests;

/// <summary>
/// Turns a commune's week of reports into the officers' digest: each report kind writes its section, in
/// registration order, then the review line, then who reported nothing. Same input, same text. A week holds the
/// reports received in it (each report is in exactly one week); edited reports count with their current values.
/// </summary>
public sealed class DigestBuilder(ReportKinds kinds)
{
    public Digest Build(DigestInput input)
    {
        var sections = kinds
            .All.Select(k =>
                k.Digest(
                    input,
                    input.ThisWeek.Where(r => r.FlowId == k.FlowId).ToList(),
                    input.PreviousWeek.Where(r => r.FlowId == k.FlowId).ToList()
                )
            )
            .ToList();
        var title = T.DigestTitle(input.Commune.Name, input.Week.Label);
        var silent = SilentMembers(input);
        var text = Fit(title, sections, input.ReviewLine, silent, input.MaxLength);
        return new Digest(
            input.Commune.Id,
            input.Week,
            text,
            sections.Select(s => s.Chart).OfType<ChartPanel>().ToList()
        )
        {
            Sections = sections,
            Silent = silent,
        };
    }

    /// <summary>
    /// Keeps the digest within one message: every summary line, then as many detail lines as fit, in section
    /// order; cut as a last resort.
    /// </summary>
    private static string Fit(string title, List<DigestSection> sections, string? review, string? silent, int maxLength)
    {
        var fixedLength =
            title.Length
            + 2
            + (silent?.Length + 2 ?? 0)
            + (review?.Length + 2 ?? 0)
            + sections.Sum(s => s.Summary.Sum(l => l.Length + 1) + 1);
        var budget = maxLength - fixedLength - 40;
        var sb = new StringBuilder(title).Append('\n');
        foreach (var section in sections)
        {
            sb.Append('\n');
            foreach (var line in section.Summary)
                sb.Append(line).Append('\n');
            var shown = 0;
            foreach (var line in section.Details)
            {
                if (line.Length + 1 > budget)
                    break;
                sb.Append(line).Append('\n');
                budget -= line.Length + 1;
                shown++;
            }
            if (shown < section.Details.Count && section.More is { } more)
                sb.Append(more(section.Details.Count - shown)).Append('\n');
        }
        if (review is not null)
            sb.Append('\n').Append(review).Append('\n');
        if (silent is not null)
            sb.Append('\n').Append(silent).Append('\n');
        var text = sb.ToString();
        return text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";
    }

    private static string? SilentMembers(DigestInput input)
    {
        if (input.Members.Count == 0)
            return null;
        var reporters = input.ReportedBy ?? input.ThisWeek.Select(r => r.ReporterId).ToHashSet();
        var silent = input
            .Members.Where(m => !reporters.Contains(m.Id))
            .Select(m => $"{m.Name} ({input.VillageName(m.VillageId)})")
            .ToList();
        return silent.Count == 0 ? T.DigestEveryoneReported : T.DigestSilent(string.Join(", ", silent));
    }

    /// <summary>" (↑ 3)", " (↓ 1,2tr)", " (=)": this week against the week before.</summary>
    public static string Trend(decimal now, decimal before, Func<decimal, string> format) =>
        (now - before) switch
        {
            > 0 => $" (↑ {format(now - before)})",
            < 0 => $" (↓ {format(before - now)})",
            _ => " (=)",
        };
}
