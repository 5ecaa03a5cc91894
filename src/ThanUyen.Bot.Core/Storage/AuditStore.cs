using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>Who did what, when: admin actions, report edits (old → new), reviews.</summary>
public sealed class AuditStore(BotDatabase db, DatabaseWriter writer)
{
    public void Record(Member? actor, DateTime atUtc, string action, string subject, string details)
    {
        writer.EnsureWriting();
        db.Audit.Insert(
            new AuditEntry
            {
                At = atUtc,
                ActorId = actor?.Id ?? 0,
                ActorName = actor?.Name ?? "",
                Action = action,
                Subject = subject,
                Details = details,
            }
        );
    }

    public List<AuditEntry> Latest(int count) => db.Audit.Query().OrderByDescending(a => a.Id).Limit(count).ToList();

    public List<AuditEntry> About(string subject) =>
        db.Audit.Find(a => a.Subject == subject).OrderBy(a => a.Id).ToList();
}
