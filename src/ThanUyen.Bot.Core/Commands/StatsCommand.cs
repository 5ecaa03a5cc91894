using System.Text;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>
/// /stats: members by role, reports this week and in total, outbox, last digests, database size, uptime.
/// </summary>
public sealed class StatsCommand : ICommand
{
    private static readonly DateTime Started = DateTime.UtcNow;
    public string Name => "stats";
    public IReadOnlyList<string> Aliases => ["thongke"];
    public Role? MinimumRole => Role.Admin;
    public string Description => T.StatsDescription;

    public void Execute(Turn turn, string args)
    {
        var db = turn.Db;
        var members = db.Members.Find(m => m.Active).ToList();
        var weekStart = WeekRange.Containing(turn.Now, turn.Options.Zone).StartUtc(turn.Options.Zone);
        var sb = new StringBuilder(T.StatsHeader).Append('\n');
        sb.Append(
                T.StatsMembers(
                    members.Count(m => m.Role == Role.Member),
                    members.Count(m => m.Role == Role.Officer),
                    members.Count(m => m.Role == Role.Admin),
                    members.Count(m => m.Unreachable)
                )
            )
            .Append('\n');
        foreach (var kind in Enum.GetValues<ReportKind>())
            sb.Append(
                    T.StatsReports(
                        kind.ToString(),
                        db.Reports.Count(r => r.Kind == kind && r.ReceivedAt >= weekStart),
                        db.Reports.Count(r => r.Kind == kind)
                    )
                )
                .Append('\n');
        var outbox = new Chat.OutboxStore(db);
        sb.Append(T.StatsOutbox(outbox.CountPending(), outbox.CountFailed())).Append('\n');
        foreach (var commune in db.Communes.FindAll())
        {
            var prefix = $"digest:{commune.Id}:";
            var last = db.Ledger.Find(l => l.Id.StartsWith(prefix)).Select(l => (DateTime?)l.QueuedAt).Max();
            sb.Append(
                    T.StatsLastDigest(
                        commune.Name,
                        last is { } at ? $"{turn.Options.ToLocal(at):dd'/'MM HH':'mm}" : "—"
                    )
                )
                .Append('\n');
        }
        var size = db.FilePath is { } path && File.Exists(path) ? new FileInfo(path).Length : 0;
        sb.Append(T.StatsDatabase(size / 1024.0 / 1024.0)).Append('\n');
        sb.Append(
            T.StatsUptime(
                (DateTime.UtcNow - Started).ToString(
                    @"d\.hh\:mm\:ss",
                    System.Globalization.CultureInfo.InvariantCulture
                )
            )
        );
        turn.Reply(sb.ToString());
    }
}
