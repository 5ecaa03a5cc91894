using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>/audit [n]: the latest admin actions and report edits (who, when, what, old → new).</summary>
public sealed class AuditCommand : ICommand
{
    public string Name => "audit";
    public Role? MinimumRole => Role.Admin;
    public string Description => T.AuditDescription;

    public void Execute(Turn turn, string args)
    {
        var count = int.TryParse(args.Trim(), out var n) ? Math.Clamp(n, 1, 50) : 10;
        var entries = turn.Stores.Audit.Latest(count);
        if (entries.Count == 0)
        {
            turn.Reply(T.AuditEmpty);
            return;
        }
        var lines = entries.Select(a =>
            $"{turn.Options.ToLocal(a.At):dd'/'MM HH':'mm} · {a.ActorName} · "
            + $"{T.AuditAction(a.Action)} {a.Subject} · {a.Details}"
        );
        turn.Reply($"{T.AuditHeader(entries.Count)}\n{string.Join('\n', lines)}");
    }
}
