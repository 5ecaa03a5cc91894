using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Tests.Reports.Kinds.Incident;

public sealed class IncidentFacts : ReportFacts
{
    public string What { get; set; } = "";
    public int Households { get; set; }
}
