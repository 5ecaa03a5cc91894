using ThanUyen.Bot.Core.Community;

namespace ThanUyen.Bot.Core.Register.Progress;

/// <summary>
/// What was achieved for each indicator between two days (inclusive). Counts add up what was reported in the
/// window; shares are over the meetings in it; households in models and models running are a state at its end.
/// Null when there is nothing to compute from (a share with no participants).
/// </summary>
public static class IndicatorValues
{
    public static decimal? Achieved(Indicator indicator, ProgressData data, DateOnly from, DateOnly to)
    {
        var meetings = data.Meetings(from, to).Select(m => m.Facts).ToList();
        return indicator.Key switch
        {
            Indicator.Meetings => meetings.Count,
            Indicator.Participants => meetings.Sum(m => m.Participants),
            Indicator.WomenShare => Share(meetings.Sum(m => m.Women), meetings.Sum(m => m.Participants)),
            Indicator.MongShare => EthnicShare(meetings, m => m.Mong),
            Indicator.ThaiShare => EthnicShare(meetings, m => m.Thai),
            Indicator.CoreMembers => data
                .Reports.Where(r => ProgressData.Day(r) >= from && ProgressData.Day(r) <= to)
                .Select(r => r.ReporterId)
                .Distinct()
                .Count(id => data.Members.TryGetValue(id, out var m) && m.Role == Role.Member),
            Indicator.Households => data.Households.Count(h => h.ModelIds.Count > 0),
            Indicator.WorksFinished => data.Works.Count(w =>
                w.Status == WorkStatus.Finished
                && (
                    w.FinishedOn is { } day
                        ? DateOnly.FromDateTime(day) >= from && DateOnly.FromDateTime(day) <= to
                        : from <= data.ProjectStart
                )
            ),
            Indicator.ModelsRunning => data.Models.Count(m => Running(m, data, to)),
            Indicator.Revenue => data.Sales(from, to).Sum(s => s.Facts.Total),
            Indicator.Workdays => data.Progress(from, to).Sum(p => p.Facts.Workdays ?? 0),
            Indicator.Cash => data.Progress(from, to).Sum(p => p.Facts.Cash ?? 0),
            _ => null,
        };
    }

    /// <summary>
    /// Active, and started: its start date has come, or it has sold something or held a training by then.
    /// </summary>
    public static bool Running(ProductionModel model, ProgressData data, DateOnly upTo) =>
        model.Active
        && (
            model.StartDate is { } start && DateOnly.FromDateTime(start) <= upTo
            || data.Reports.Any(r => ProgressData.Day(r) <= upTo && ProgressData.Belongs(model, r))
        );

    private static decimal? Share(decimal part, decimal whole) => whole == 0 ? null : 100m * part / whole;

    /// <summary>Over the meetings that recorded ethnic groups (the question can be skipped).</summary>
    private static decimal? EthnicShare(
        List<Reports.Kinds.Meeting.MeetingFacts> meetings,
        Func<Reports.Kinds.Meeting.MeetingFacts, int?> count
    )
    {
        var recorded = meetings.Where(m => m.Mong is not null || m.Thai is not null).ToList();
        return Share(recorded.Sum(m => count(m) ?? 0), recorded.Sum(m => m.Participants));
    }

    /// <summary>Achieved as a percent of the target; null without a target (or a zero one).</summary>
    public static decimal? Percent(decimal? achieved, decimal? target) =>
        target is > 0 && achieved is { } a ? 100m * a / target.Value : null;
}
