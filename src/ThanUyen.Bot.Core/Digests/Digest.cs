namespace ThanUyen.Bot.Core.Digests;

/// <summary>A built digest: the text (one message of the channel) and the chart panels it draws.</summary>
public sealed record Digest(string CommuneId, WeekRange Week, string Text, IReadOnlyList<ChartPanel> Charts)
{
    /// <summary>Each kind's lines in full (the text may leave details out to fit one message): the web view.</summary>
    public IReadOnlyList<DigestSection> Sections { get; init; } = [];

    /// <summary>"Chưa báo cáo tuần này: …" or "everyone reported", or null for a commune without members.</summary>
    public string? Silent { get; init; }

    public bool HasChartData => Charts.Any(c => c.Bars.Count > 0);
}
