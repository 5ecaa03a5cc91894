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
    ChannelDirectory channels
)
{
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
