namespace ThanUyen.Bot.Core.Reports;

/// <summary>The registered report kinds, in registration order (the order of digests and exports).</summary>
public sealed class ReportKinds(IEnumerable<IReportKind> kinds)
{
    private readonly List<IReportKind> _all = kinds.ToList();

    public IReadOnlyList<IReportKind> All => _all;

    public IReportKind? Find(string flowId) => _all.FirstOrDefault(k => k.FlowId == flowId);

    /// <summary>The report's one-line summary by its kind ("BC-0012" when the kind is gone).</summary>
    public string OneLine(Report report) => Find(report.FlowId)?.OneLine(report) ?? report.Code;

    public string Name(Report report) => Find(report.FlowId)?.Name ?? report.FlowId;
}
