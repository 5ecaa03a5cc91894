using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Reports;

public static class AuditLog
{
    /// <summary>Records an admin action in the message's transaction.</summary>
    public static void Record(Turn turn, string action, string subject, string details) =>
        turn.Db.Audit.Insert(
            new AuditEntry
            {
                At = turn.Now,
                ActorId = turn.Member?.Id ?? 0,
                ActorName = turn.Member?.Name ?? "",
                Action = action,
                Subject = subject,
                Details = details,
            }
        );
}
