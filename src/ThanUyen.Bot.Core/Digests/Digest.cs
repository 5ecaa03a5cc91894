namespace ThanUyen.Bot.Core.Digests;

/// <summary>A built digest: the text (one message of the channel) and the chart panels it draws.</summary>
public sealed record Digest(string CommuneId, WeekRange Week, string Text, IReadOnlyList<ChartPanel> Charts)
{
    public bool HasChartData => Charts.Any(c => c.Bars.Count > 0);
}
