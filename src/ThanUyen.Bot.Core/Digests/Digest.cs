namespace ThanUyen.Bot.Core.Digests;

/// <summary>A built digest: the text (≤ 4096 characters) and the figures the chart draws.</summary>
public sealed record Digest(string CommuneId, WeekRange Week, string Text, DigestFigures Figures);

public sealed record DigestFigures(
    int Meetings,
    int Participants,
    int Women,
    decimal Revenue,
    IReadOnlyList<(string Product, decimal Revenue)> RevenueByProduct,
    IReadOnlyList<(string SubProject, int Percent)> ProgressBySubProject
)
{
    public bool HasChartData => RevenueByProduct.Count > 0 || ProgressBySubProject.Count > 0;
}
