using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// Every store, created once. A <see cref="Conversations.Turn"/> hands these to commands and flows, which
/// never see a LiteDB collection: this folder is the one seam a second storage engine would plug into.
/// </summary>
public sealed class Stores
{
    public Stores(
        BotDatabase db,
        DatabaseWriter writer,
        TimeProvider clock,
        InboxSignal inboxSignal,
        ChannelDirectory channels
    )
    {
        Database = db;
        Writer = writer;
        Meta = new MetaStore(db, writer);
        Members = new MemberStore(db, writer);
        Catalogue = new CatalogueStore(db, writer);
        Invitations = new InvitationStore(db, writer);
        Reports = new ReportStore(db, writer, Meta);
        Conversations = new ConversationStore(db, writer);
        Outbox = new OutboxStore(db, writer, channels);
        Inbox = new InboxStore(db, writer, clock, inboxSignal);
        Audit = new AuditStore(db, writer);
        Ledger = new LedgerStore(db, writer);
        Broadcasts = new BroadcastStore(db, writer);
        Media = new MediaIndexStore(db, writer);
        VoicePrompts = new VoicePromptStore(db, writer);
        MediaFetches = new MediaFetchStore(db, writer);
        Reviews = new ReviewStore(db, writer);
        Register = new RegisterStore(db, writer);
        WebSessions = new WebSessionStore(db, writer);
    }

    public BotDatabase Database { get; }
    public DatabaseWriter Writer { get; }
    public MetaStore Meta { get; }
    public MemberStore Members { get; }
    public CatalogueStore Catalogue { get; }
    public InvitationStore Invitations { get; }
    public ReportStore Reports { get; }
    public ConversationStore Conversations { get; }
    public OutboxStore Outbox { get; }
    public InboxStore Inbox { get; }
    public AuditStore Audit { get; }
    public LedgerStore Ledger { get; }
    public BroadcastStore Broadcasts { get; }
    public MediaIndexStore Media { get; }
    public VoicePromptStore VoicePrompts { get; }
    public MediaFetchStore MediaFetches { get; }
    public ReviewStore Reviews { get; }
    public RegisterStore Register { get; }
    public WebSessionStore WebSessions { get; }
}
