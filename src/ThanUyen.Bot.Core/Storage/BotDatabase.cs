using LiteDB;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>The one LiteDB file and its collections. A singleton: LiteDB serialises writers itself.</summary>
public sealed class BotDatabase : IDisposable
{
    public LiteDatabase Db { get; }
    public string? FilePath { get; }
    private readonly DatabaseLock? _lock;

    public BotDatabase(StorageOptions options)
    {
        // LiteDB turns "" into null and trims strings by default; a skipped answer is "" and must stay so.
        var mapper = new BsonMapper
        {
            EnumAsInteger = true,
            EmptyStringToNull = false,
            TrimWhitespace = false,
        };
        mapper.Entity<OutgoingMessage>().Ignore(m => m.Address);
        mapper.Entity<Member>().Ignore(m => m.MainAddress);
        var memory = options.DatabasePath == ":memory:";
        if (!memory)
        {
            FilePath = Path.GetFullPath(options.DatabasePath);
            DatabaseFile.PrepareOwnerOnly(FilePath);
            _lock = DatabaseLock.Acquire(FilePath); // one process per file: a second opener gets a clear refusal
        }
        var cs = new ConnectionString
        {
            Filename = memory ? ":memory:" : FilePath,
            Connection = ConnectionType.Direct,
            Password = string.IsNullOrEmpty(options.Password) ? null : options.Password,
        };
        try
        {
            Db = new LiteDatabase(cs, mapper);
            EnsureIndexes();
        }
        catch
        {
            _lock?.Dispose();
            throw;
        }
    }

    public ILiteCollection<Member> Members => Db.GetCollection<Member>("members");
    public ILiteCollection<Invitation> Invitations => Db.GetCollection<Invitation>("invitations");
    public ILiteCollection<Commune> Communes => Db.GetCollection<Commune>("communes");
    public ILiteCollection<Village> Villages => Db.GetCollection<Village>("villages");
    public ILiteCollection<ProductionModel> Models => Db.GetCollection<ProductionModel>("models");
    public ILiteCollection<InfrastructureType> InfrastructureTypes =>
        Db.GetCollection<InfrastructureType>("infra_types");
    public ILiteCollection<SubProject> SubProjects => Db.GetCollection<SubProject>("subprojects");
    public ILiteCollection<ProcessedDelivery> Processed => Db.GetCollection<ProcessedDelivery>("processed");
    public ILiteCollection<ConversationState> Conversations => Db.GetCollection<ConversationState>("conversations");
    public ILiteCollection<OutgoingMessage> Outbox => Db.GetCollection<OutgoingMessage>("outbox");
    public ILiteCollection<Report> Reports => Db.GetCollection<Report>("reports");
    public ILiteCollection<AuditEntry> Audit => Db.GetCollection<AuditEntry>("audit");
    public ILiteCollection<Digests.DigestLedgerEntry> Ledger => Db.GetCollection<Digests.DigestLedgerEntry>("ledger");
    public ILiteCollection<Broadcast> Broadcasts => Db.GetCollection<Broadcast>("broadcasts");
    public ILiteCollection<InboxEntry> Inbox => Db.GetCollection<InboxEntry>("inbox");
    public ILiteCollection<MetaEntry> Meta => Db.GetCollection<MetaEntry>("meta");

    private void EnsureIndexes()
    {
        // One index entry per address ("$.Addresses[*]"): looking up who writes is an index seek, not a scan.
        Members.DropIndex("Addresses");
        Members.EnsureIndex("Address", "$.Addresses[*]");
        Outbox.EnsureIndex(m => m.Status);
        Processed.DropIndex("At"); // one write less per message; pruning old records can afford a scan
        Reports.EnsureIndex(r => r.Code, unique: true);
        Reports.EnsureIndex(r => r.ReporterId);
        Reports.EnsureIndex(r => r.ReceivedAt);
        Reports.EnsureIndex(r => r.SubmissionKey, unique: true);
        Reports.EnsureIndex(r => r.Kind);
        Audit.EnsureIndex(a => a.At);
        Reports.EnsureIndex(r => r.CommuneId);
        Conversations.EnsureIndex(c => c.UpdatedAt);
        Outbox.EnsureIndex(m => m.BroadcastId);
        Inbox.EnsureIndex(e => e.Sequence);
    }

    public string? GetMeta(string key) => Meta.FindById(key)?.Value;

    public void SetMeta(string key, string value) => Meta.Upsert(new MetaEntry { Id = key, Value = value });

    /// <summary>
    /// Runs <paramref name="work"/> in one LiteDB transaction. LiteDB binds a transaction to the calling thread, so no
    /// await inside.
    /// </summary>
    public T InTransaction<T>(Func<T> work)
    {
        Db.BeginTrans();
        try
        {
            var result = work();
            Db.Commit();
            return result;
        }
        catch
        {
            Db.Rollback();
            throw;
        }
    }

    public void InTransaction(Action work) =>
        InTransaction(() =>
        {
            work();
            return 0;
        });

    public void Dispose()
    {
        Db.Dispose();
        _lock?.Dispose();
    }
}
