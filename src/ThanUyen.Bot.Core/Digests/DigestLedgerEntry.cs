namespace ThanUyen.Bot.Core.Digests;

/// <summary>
/// One scheduled delivery that happened: "digest:pha-mu:2026-11-23:17" or "remind:2026-11-23:5".
/// Written in the same transaction as the outbox messages, so a send is never queued twice.
/// </summary>
public sealed class DigestLedgerEntry
{
    public string Id { get; set; } = "";
    public DateTime QueuedAt { get; set; }
}
