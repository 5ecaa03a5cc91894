namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// Where a chat is in a flow. Written in the same transaction as the answer that changed it, so a
/// restart resumes at the same question.
/// </summary>
public sealed class ConversationState
{
    /// <summary>The chat address.</summary>
    public string Id { get; set; } = "";
    public string FlowId { get; set; } = "";
    public string StepKey { get; set; } = "";
    public Dictionary<string, string> Answers { get; set; } = [];

    /// <summary>Steps answered so far, newest last: what /back walks.</summary>
    public List<string> History { get; set; } = [];
    public int InvalidInARow { get; set; }

    /// <summary>Set when a field was picked from the confirm step: go back to confirm after it.</summary>
    public bool EditingFromConfirm { get; set; }

    /// <summary>Set when this conversation re-opens a saved report (/edit).</summary>
    public string? ReportCode { get; set; }

    /// <summary>A flow the person asked for while this one was open: continue or discard?</summary>
    public string? PendingFlowId { get; set; }

    /// <summary>The answers the pending flow was asked with (a sentence): kept if this one is discarded.</summary>
    public Dictionary<string, string>? PendingPrefill { get; set; }

    /// <summary>Photos of one album arrive as several updates: they join the answer that took the first.</summary>
    public string? LastMediaGroupId { get; set; }
    public string? LastMediaStepKey { get; set; }

    /// <summary>
    /// The outbox id of the message that asks the open question: its buttons are removed (and the answer shown)
    /// once answered, and a stale press re-sends the question only when it is far up the chat.
    /// </summary>
    public int? QuestionId { get; set; }

    /// <summary>
    /// "Did you mean …?": the option values a loosely typed name could mean, offered alone (numbers count in them).
    /// </summary>
    public List<string>? Narrowed { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public bool Nudged { get; set; }

    /// <summary>A copy that shares nothing mutable: the store hands these out of its in-memory copy.</summary>
    public ConversationState Copy()
    {
        var copy = (ConversationState)MemberwiseClone();
        copy.Answers = new Dictionary<string, string>(Answers);
        copy.History = [.. History];
        return copy;
    }
}
