using System.Globalization;
using System.Text;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>
/// /stats: members by role, reports this week and in total per kind, review backlog per commune, outbox, last
/// digests, database size, uptime.
/// </summary>
public sealed class StatsCommand(ReportKinds kinds, TimeProvider clock, Reviews.ReviewFigures reviews) : ICommand
{
    private readonly DateTime _started = clock.GetUtcNow().UtcDateTime;
    public string Name => "stats";
    public IReadOnlyList<string> Aliases => ["thongke"];
    public Role? MinimumRole => Role.Admin;
    public string Description => T.StatsDescription;

    public void Execute(Turn turn, string args)
    {
        var stores = turn.Stores;
        var members = stores.Members.Active();
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
        foreach (var kind in kinds.All)
            sb.Append(
                    T.StatsReports(
                        kind.Name,
                        stores.Reports.Count(kind.FlowId, weekStart),
                        stores.Reports.Count(kind.FlowId)
                    )
                )
                .Append('\n');
        foreach (var line in reviews.StatsLines(turn))
            sb.Append(line).Append('\n');
        sb.Append(T.StatsOutbox(stores.Outbox.CountPending(), stores.Outbox.CountFailed())).Append('\n');
        foreach (var commune in stores.Catalogue.Communes())
        {
            var last = stores.Ledger.LastWithPrefix($"digest:{commune.Id}:");
            sb.Append(
                    T.StatsLastDigest(
                        commune.Name,
                        last is { } at ? $"{turn.Options.ToLocal(at):dd'/'MM HH':'mm}" : "—"
                    )
                )
                .Append('\n');
        }
        var path = stores.Database.FilePath;
        var size = path is not null && File.Exists(path) ? new FileInfo(path).Length : 0;
        sb.Append(T.StatsDatabase(size / 1024.0 / 1024.0)).Append('\n');
        // Measured with the service's clock, from when the service started (the command is built at start).
        sb.Append(T.StatsUptime((turn.Now - _started).ToString(@"d\.hh\:mm\:ss", CultureInfo.InvariantCulture)));
        turn.Reply(sb.ToString());
    }
}
