namespace ThanUyen.Bot.Core.Reports.Kinds.Progress;

public sealed class ProgressFacts : ReportFacts
{
    public int SubProjectId { get; set; }
    public string SubProjectName { get; set; } = "";

    /// <summary>Percent complete reported before this one (null for the first report).</summary>
    public int? PreviousPercent { get; set; }
    public int Percent { get; set; }

    /// <summary>Catalogue list "progress_statuses".</summary>
    public string Status { get; set; } = "";
    public int? Workdays { get; set; }
    public decimal? Cash { get; set; }
    public string? Problems { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
}
