using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Register.Progress;

/// <summary>One indicator for one scope and window: its target (null: not set), what was achieved, and the %.</summary>
public sealed record IndicatorRow(Indicator Indicator, decimal? Target, decimal? Achieved)
{
    public decimal? Percent => IndicatorValues.Percent(Achieved, Target);

    /// <summary>Every indicator, with the scope's own targets (a commune's, or the whole project's).</summary>
    public static List<IndicatorRow> For(Stores stores, ProgressData data, DateOnly from, DateOnly to) =>
        Indicator
            .All.Select(i => new IndicatorRow(
                i,
                stores.Register.Target(i.Key, data.CommuneId),
                IndicatorValues.Achieved(i, data, from, to)
            ))
            .ToList();
}
