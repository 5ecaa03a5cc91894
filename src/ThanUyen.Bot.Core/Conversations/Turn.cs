using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// One incoming message being handled: who sent it, the clock, the stores (inside the message's
/// transaction, on the writer thread) and the replies it causes. Replies go to the outbox in the same
/// transaction.
/// </summary>
public sealed class Turn(
    IncomingMessage message,
    Member? member,
    DateTime nowUtc,
    Stores stores,
    BotOptions options,
    ChannelDirectory channels,
    IChatActivity? activity = null
)
{
    private readonly List<(OutgoingMessage Message, Action<int> Then)> _queued = [];
    private readonly List<IDisposable> _working = [];

    public IncomingMessage Message => message;
    public ChatAddress Chat => message.Chat;
    public Member? Member { get; set; } = member;
    public DateTime Now => nowUtc;
    public BotOptions Options => options;
    public DateOnly Today => DateOnly.FromDateTime(options.ToLocal(nowUtc));

    /// <summary>What the person's platform can do (buttons, edits, files, audio).</summary>
    public ChannelCapabilities Channel => channels.For(message.Chat);
    public ChannelDirectory Channels => channels;

    public Stores Stores => stores;
    public MemberStore Members => stores.Members;
    public CatalogueStore Catalogue => stores.Catalogue;
    public ReportStore Reports => stores.Reports;
    public ConversationStore Conversations => stores.Conversations;
    public InvitationStore Invitations => stores.Invitations;

    /// <summary>Reviews: announces saved reports, carries out decisions (null outside the engine).</summary>
    public Reviews.ReviewDesk? Reviews { get; init; }

    public List<OutgoingMessage> Outgoing { get; } = [];

    /// <summary>
    /// A flow a command asked to start (with pre-filled answers), run by the engine after the command.
    /// </summary>
    public (string FlowId, Dictionary<string, string> Prefill)? FlowToStart { get; private set; }

    public bool IsAdmin => Member is { Role: Role.Admin };

    /// <summary>A short note for the person's platform to show over the chat (a stale button), not a message.</summary>
    public string? ToastText { get; private set; }

    /// <summary>
    /// The page of a long list a ◀️ ▶️ button (or "tiep") asked for; 1 otherwise. With <see cref="PageTurn"/> the
    /// list replaces the pressed message instead of coming as a new one.
    /// </summary>
    public int Page { get; set; } = 1;

    public bool PageTurn { get; set; }

    /// <summary>
    /// Shows <paramref name="text"/> as a toast when the message was a press the platform lets us answer
    /// (it has an <see cref="IncomingMessage.AckId"/>). False otherwise: the caller says it in the chat instead.
    /// </summary>
    public bool Toast(string text)
    {
        if (message.Kind != MessageKind.Button || message.AckId is null)
            return false;
        ToastText = text;
        return true;
    }

    /// <summary>
    /// Shows "typing…" (or "sending a file…") in this chat while the rest of the turn works, where the channel has
    /// chat actions. It ends when the turn ends; the channel shows its own while it uploads what the turn made.
    /// </summary>
    public void Working(ChatAction action)
    {
        if (Channel.ChatActions && activity is not null)
            _working.Add(activity.Show(Chat, action));
    }

    /// <summary>Stops the actions <see cref="Working"/> started: called by the engine when the turn is done.</summary>
    public void EndWork()
    {
        foreach (var working in _working)
            working.Dispose();
        _working.Clear();
    }

    /// <summary>
    /// Changes a message sent before (outbox id <paramref name="editOf"/>): new text (empty keeps it) and buttons
    /// (none removes them). Only for channels with edits; the caller checks.
    /// </summary>
    public OutgoingMessage Edit(ChatAddress chat, int editOf, string text, IEnumerable<Choice>? choices = null)
    {
        var edit = Send(chat, text, OutboxPriority.Reply, choices);
        edit.Kind = OutgoingKind.Edit;
        edit.EditOf = editOf;
        return edit;
    }

    /// <summary>Runs <paramref name="then"/> with the outbox id <paramref name="sent"/> gets once queued.</summary>
    public void OnQueued(OutgoingMessage sent, Action<int> then) => _queued.Add((sent, then));

    /// <summary>Called by the engine after the turn's messages are in the outbox (same transaction).</summary>
    public void Queued()
    {
        foreach (var (sent, then) in _queued)
            then(sent.Id);
        _queued.Clear();
    }

    public OutgoingMessage Reply(string text, IEnumerable<Choice>? choices = null, bool numbered = true) =>
        Send(Chat, text, OutboxPriority.Reply, choices, numbered);

    public OutgoingMessage Send(
        ChatAddress to,
        string text,
        OutboxPriority priority,
        IEnumerable<Choice>? choices = null,
        bool numbered = true
    )
    {
        var message = new OutgoingMessage
        {
            Chat = to.ToString(),
            Text = text,
            Choices = choices?.ToList() ?? [],
            NumberedChoices = numbered,
            Priority = priority,
            CreatedAt = nowUtc,
            NextAttemptAt = nowUtc,
        };
        Outgoing.Add(message);
        return message;
    }

    /// <summary>Records who did what in the audit log, in this message's transaction.</summary>
    public void Audit(string action, string subject, string details) =>
        stores.Audit.Record(Member, nowUtc, action, subject, details);

    public void StartFlow(string flowId, Dictionary<string, string>? prefill = null) =>
        FlowToStart = (flowId, prefill ?? []);
}
