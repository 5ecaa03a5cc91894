namespace ThanUyen.Bot.Core.Reports.Kinds.Progress;

/// <summary>Where a progress report was sent from (its location answer) and how many photos it carries.</summary>
public sealed record WorkPlace(double Latitude, double Longitude, string ReportCode, int Photos);
