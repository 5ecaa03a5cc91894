namespace ThanUyen.Bot.Core.Register;

/// <summary>
/// One target of the project ("meetings" = 80), for the whole project or for one commune. A target nobody
/// set is not stored: reports show "chưa đặt mục tiêu".
/// </summary>
public sealed class ProjectTarget
{
    /// <summary>"meetings", or "meetings@pha-mu" for one commune.</summary>
    public string Id { get; set; } = "";
    public string Indicator { get; set; } = "";
    public string? CommuneId { get; set; }
    public decimal Value { get; set; }

    public static string IdOf(string indicator, string? communeId) =>
        communeId is null ? indicator : $"{indicator}@{communeId}";
}
