namespace ThanUyen.Bot.Core.Digests;

/// <summary>
/// One kind's part of a digest: lines always shown, detail lines shown while they fit in the message (then
/// "… and N more"), and the chart panel it adds.
/// </summary>
public sealed record DigestSection(IReadOnlyList<string> Summary)
{
    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>The line that stands for details left out ("… và 3 cuộc khác").</summary>
    public Func<int, string>? More { get; init; }

    public ChartPanel? Chart { get; init; }

    /// <summary>Photos for the digest's album (the first ten of all sections are sent).</summary>
    public IReadOnlyList<DigestMedia> Photos { get; init; } = [];

    /// <summary>Voice notes sent after the text (problems told by voice).</summary>
    public IReadOnlyList<DigestMedia> Voices { get; init; } = [];
}

/// <summary>One panel of the digest chart: bars with labels; horizontal bars for long names.</summary>
public sealed record ChartPanel(string Title, IReadOnlyList<(string Label, double Value)> Bars)
{
    public bool Horizontal { get; init; }

    /// <summary>A fixed scale (100 for percentages), or null to fit the bars.</summary>
    public double? Max { get; init; }
}
