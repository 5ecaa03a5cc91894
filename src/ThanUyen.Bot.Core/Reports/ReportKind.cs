namespace ThanUyen.Bot.Core.Reports;

public enum ReportKind
{
    Meeting = 0,
    Progress = 1,
    Sale = 2,
}
