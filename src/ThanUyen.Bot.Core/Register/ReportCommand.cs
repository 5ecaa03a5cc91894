using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Register.Periods;

namespace ThanUyen.Bot.Core.Register;

/// <summary>
/// /report quarter 2026-Q3 · /report year 2026 · /report from 1/10 to 31/12 [xã]: the period report as an XLSX.
/// Officers get their commune only; admins the whole project, or one commune named last.
/// </summary>
public sealed class ReportCommand(IOptions<RegisterOptions> options) : ICommand
{
    public string Name => "report";
    public IReadOnlyList<string> Aliases => ["baocaoky"];
    public Role? MinimumRole => Role.Officer;
    public string Description => T.ReportDescription;

    public void Execute(Turn turn, string args)
    {
        var member = turn.Member!;
        var words = args.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        Commune? commune = member.Role == Role.Admin ? null : turn.Catalogue.Commune(member.CommuneId);
        // A commune, when named, comes last: "pha mu", "xa muong kim".
        for (var n = Math.Min(3, words.Count - 1); n >= 1; n--)
            if (turn.Catalogue.FindCommune(string.Join(' ', words.TakeLast(n))) is { } named)
            {
                if (!Scope.CanSeeCommune(member, named.Id))
                {
                    turn.Reply(T.NotAllowed);
                    return;
                }
                commune = named;
                words.RemoveRange(words.Count - n, n);
                break;
            }
        if (member.Role != Role.Admin && commune is null)
        {
            turn.Reply(T.ProjectNeedsCommune);
            return;
        }
        if (Period.Parse(string.Join(' ', words), turn.Today) is not { } period)
        {
            turn.Reply(T.ReportUsage);
            return;
        }
        var scope = commune is null ? T.WholeProject : $"xã {commune.Name}";
        turn.Working(Chat.ChatAction.UploadDocument); // a period's workbook with charts takes a while
        var reply = turn.Reply(T.PeriodReportReady(period.Label, scope));
        reply.DocumentName = $"bao-cao-{period.FileLabel}-{commune?.Id ?? "toan-du-an"}.xlsx";
        reply.DocumentBytes = PeriodReport.Write(
            turn.Stores,
            commune?.Id,
            period,
            options.Value.ProjectStart,
            turn.Today
        );
        turn.Audit("report.period", reply.DocumentName, scope);
    }
}
