using LiteDB;
using LiteDB.Engine;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Reviews;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// The one LiteDB file and its collections. Only the stores in this folder see the collections; every
/// write goes through <see cref="DatabaseWriter"/>. The file and its write-ahead log are opened as
/// <see cref="DurableFileStream"/>s so commits can be synced to the disk (LiteDB 5.0.21 never does).
/// </summary>
public sealed partial class BotDatabase : IDisposable
{
    private readonly DurableFileStream? _data,
        _log;
    private readonly DatabaseLock? _lock;

    public BotDatabase(StorageOptions options, IStorageObserver? observer = null)
    {
        Options = options;
        var mapper = Mapper();
        if (options.DatabasePath == ":memory:")
        {
            Engine = new LiteDatabase(
                new SerializedEngine(new LiteEngine(new EngineSettings { Filename = ":memory:" })),
                mapper
            );
        }
        else
        {
            FilePath = Path.GetFullPath(options.DatabasePath);
            DatabaseFile.PrepareOwnerOnly(FilePath);
            _lock = DatabaseLock.Acquire(FilePath); // one process per file: a second opener gets a clear refusal
            try
            {
                _log = new DurableFileStream(LogPathOf(FilePath), null, observer);
                _data = new DurableFileStream(FilePath, _log, observer);
            }
            catch
            {
                CloseFiles();
                throw;
            }
            var settings = new EngineSettings
            {
                DataStream = _data,
                LogStream = _log,
                Password = string.IsNullOrEmpty(options.Password) ? null : options.Password,
            };
            try
            {
                Engine = new LiteDatabase(new SerializedEngine(new LiteEngine(settings)), mapper);
            }
            catch
            {
                CloseFiles();
                throw;
            }
        }
        Migrate();
        EnsureIndexes();
    }

    public StorageOptions Options { get; }

    /// <summary>The database file; null for an in-memory database.</summary>
    public string? FilePath { get; }

    /// <summary>LiteDB's write-ahead log beside the file: "thanuyen.db" → "thanuyen-log.db".</summary>
    public static string LogPathOf(string databasePath) => DatabasePaths.Log(databasePath);

    internal LiteDatabase Engine { get; }

    /// <summary>How many documents a collection holds (operators check a backup with it).</summary>
    public int CountDocuments(string collection) => Engine.GetCollection(collection).Count();

    /// <summary>Raised after a rollback: caches filled inside the failed transaction must be dropped.</summary>
    internal event Action? Rolledback;

    internal void Invalidated() => Rolledback?.Invoke();

    /// <summary>
    /// Raised on the writer thread after a transaction's work and before its commit: stores that keep writes in
    /// memory during a transaction (one conversation saved several times in a turn) write them now, once.
    /// </summary>
    internal event Action? Committing;

    internal void BeforeCommit() => Committing?.Invoke();

    /// <summary>fsyncs of the write-ahead log and of the data file so far.</summary>
    public (long Log, long Data) SyncCounts => (_log?.SyncCount ?? 0, _data?.SyncCount ?? 0);

    /// <summary>Makes the commits so far durable: one fsync of the log (see <see cref="DurableFileStream"/>).</summary>
    /// <returns>False when the commit wrote nothing to the log (nothing to make durable).</returns>
    internal bool SyncLog()
    {
        if (_log is not { Dirty: true })
            return false;
        if (Options.DurableCommits)
            _log.Sync();
        return true;
    }

    // A mapper per database, not one for the process: LiteDB's BsonMapper publishes a type's mapper before it
    // has filled it in (for recursive types), so tests opening databases in parallel on one shared mapper read
    // half-built mappers (seen once as a test constructor failing).
    private static BsonMapper Mapper()
    {
        // LiteDB turns "" into null and trims strings by default; a skipped answer is "" and must stay so.
        var mapper = new BsonMapper(typeNameBinder: new CachingTypeNameBinder())
        {
            EnumAsInteger = true,
            EmptyStringToNull = false,
            TrimWhitespace = false,
        };
        // Answers (a report's, a conversation's) are read on every answer and by every page over reports:
        // LiteDB's own dictionary mapping asks the type for its generic arguments per document. Same document.
        mapper.RegisterType(
            answers =>
            {
                var document = new BsonDocument();
                foreach (var (key, value) in answers)
                    document[key] = value;
                return document;
            },
            bson =>
            {
                var document = bson.AsDocument;
                var answers = new Dictionary<string, string>(document.Count);
                foreach (var (key, value) in document)
                    answers.Add(
                        key,
                        value.IsString ? value.AsString
                            : value.IsNull ? null!
                            : value.ToString()
                    );
                return answers;
            }
        );
        mapper.Entity<OutgoingMessage>().Ignore(m => m.Address);
        mapper.Entity<Member>().Ignore(m => m.MainAddress);
        return mapper;
    }

    internal ILiteCollection<Member> Members => Engine.GetCollection<Member>("members");
    internal ILiteCollection<Invitation> Invitations => Engine.GetCollection<Invitation>("invitations");
    internal ILiteCollection<Commune> Communes => Engine.GetCollection<Commune>("communes");
    internal ILiteCollection<Village> Villages => Engine.GetCollection<Village>("villages");
    internal ILiteCollection<ProductionModel> Models => Engine.GetCollection<ProductionModel>("models");
    internal ILiteCollection<InfrastructureType> InfrastructureTypes =>
        Engine.GetCollection<InfrastructureType>("infra_types");
    internal ILiteCollection<SubProject> SubProjects => Engine.GetCollection<SubProject>("subprojects");
    internal ILiteCollection<CatalogueOption> CatalogueOptions =>
        Engine.GetCollection<CatalogueOption>("catalogue_options");
    internal ILiteCollection<ProcessedDelivery> Processed => Engine.GetCollection<ProcessedDelivery>("processed");
    internal ILiteCollection<ConversationState> Conversations =>
        Engine.GetCollection<ConversationState>("conversations");
    internal ILiteCollection<OutgoingMessage> Outbox => Engine.GetCollection<OutgoingMessage>("outbox");
    internal ILiteCollection<Report> Reports => Engine.GetCollection<Report>("reports");
    internal ILiteCollection<AuditEntry> Audit => Engine.GetCollection<AuditEntry>("audit");
    internal ILiteCollection<DigestLedgerEntry> Ledger => Engine.GetCollection<DigestLedgerEntry>("ledger");
    internal ILiteCollection<Broadcast> Broadcasts => Engine.GetCollection<Broadcast>("broadcasts");
    internal ILiteCollection<InboxEntry> Inbox => Engine.GetCollection<InboxEntry>("inbox");
    internal ILiteCollection<MetaEntry> Meta => Engine.GetCollection<MetaEntry>("meta");
    internal ILiteCollection<BsonDocument> Media => Engine.GetCollection("media");
    internal ILiteCollection<Spoken.VoicePrompt> VoicePrompts =>
        Engine.GetCollection<Spoken.VoicePrompt>("voice_prompts");
    internal ILiteCollection<Media.MediaFetch> MediaFetches => Engine.GetCollection<Media.MediaFetch>("media_fetches");
    internal ILiteCollection<ReviewerState> Reviewers => Engine.GetCollection<ReviewerState>("reviewers");
    internal ILiteCollection<Register.Household> Households => Engine.GetCollection<Register.Household>("households");
    internal ILiteCollection<Register.ProjectTarget> Targets => Engine.GetCollection<Register.ProjectTarget>("targets");
    internal ILiteCollection<WebSignInLink> WebLinks => Engine.GetCollection<WebSignInLink>("web_links");
    internal ILiteCollection<WebSession> WebSessions => Engine.GetCollection<WebSession>("web_sessions");

    private void EnsureIndexes()
    {
        // One index entry per address ("$.Addresses[*]"): looking up who writes is an index seek, not a scan.
        Members.DropIndex("Addresses");
        Members.EnsureIndex("Address", "$.Addresses[*]");
        Outbox.EnsureIndex(m => m.Status);
        Processed.DropIndex("At"); // one write less per message; pruning old records can afford a scan
        Reports.EnsureIndex(r => r.Code, unique: true);
        Reports.EnsureIndex(r => r.ReporterId);
        Reports.EnsureIndex("reporter_latest", ReportStore.ReporterLatest);
        Reports.EnsureIndex(r => r.ReceivedAt);
        Reports.EnsureIndex(r => r.SubmissionKey, unique: true);
        Reports.DropIndex("Kind");
        Reports.EnsureIndex(r => r.FlowId);
        Audit.EnsureIndex(a => a.At);
        Reports.EnsureIndex(r => r.CommuneId);
        Conversations.EnsureIndex(c => c.UpdatedAt);
        Outbox.EnsureIndex(m => m.BroadcastId);
        // What a question looks like after its edits, and what came after it in its chat (QuestionMessages).
        Outbox.EnsureIndex(m => m.EditOf);
        Outbox.EnsureIndex(m => m.Chat);
        Inbox.EnsureIndex(e => e.Sequence);
        CatalogueOptions.EnsureIndex(o => o.List);
        Reports.EnsureIndex(r => r.Review.Status); // the review queue is a seek, not a scan of every report
        Households.EnsureIndex(h => h.VillageId);
        WebSessions.EnsureIndex(s => s.SecretHash, unique: true);
        WebSessions.EnsureIndex(s => s.MemberId);
        MediaFetches.EnsureIndex(f => f.Status);
        Media.EnsureIndex("key");
    }

    private void CloseFiles()
    {
        _data?.CloseFile();
        _log?.CloseFile();
        _lock?.Dispose();
    }

    public void Dispose()
    {
        Engine.Dispose();
        CloseFiles();
    }
}
