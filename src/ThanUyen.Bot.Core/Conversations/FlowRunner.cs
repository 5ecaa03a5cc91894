using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>Moves a conversation through its flow's steps: ask, read, re-ask, back, skip, confirm, edit.</summary>
public sealed partial class FlowRunner(IEnumerable<IFlow> flows)
{
    public const string ConfirmKey = "~confirm",
        EditKey = "~edit",
        PendingKey = "~pending";
    private const int HelpAfterInvalid = 3;
    private readonly Dictionary<string, IFlow> _flows = flows.ToDictionary(f => f.Id);

    public IFlow? Find(string id) => _flows.GetValueOrDefault(id);

    public IEnumerable<IFlow> All => _flows.Values;

    /// <summary>
    /// Starts <paramref name="flow"/> with answers already given (a sentence, a command's arguments), asking only
    /// the rest; <paramref name="note"/> goes before the first question.
    /// </summary>
    public void Start(
        Turn turn,
        IFlow flow,
        Dictionary<string, string> prefill,
        ConversationState? open,
        string? note = null
    )
    {
        if (flow.Unavailable(turn) is { } reason)
        {
            turn.Reply(reason);
            return;
        }
        if (open is not null)
        {
            open.PendingFlowId = flow.Id;
            open.PendingPrefill = prefill.Count > 0 ? prefill : null;
            AskContinueOrDiscard(turn, open);
            Save(turn, open);
            return;
        }
        var state = new ConversationState
        {
            Id = turn.Chat.ToString(),
            FlowId = flow.Id,
            Answers = prefill,
            StartedAt = turn.Now,
        };
        Advance(turn, state, flow, note);
    }

    public void Answer(Turn turn, ConversationState state)
    {
        if (Find(state.FlowId) is not { } flow)
        {
            End(turn, state);
            turn.Reply(T.DraftNoLongerValid);
            return;
        }
        // Permission is checked on every answer, not only at the start: a demoted admin cannot finish /invite.
        if (turn.Member is null || !flow.IsAllowed(turn.Member))
        {
            End(turn, state);
            turn.Reply(T.NoLongerAllowed(flow.Title));
            return;
        }
        if (AddToAlbum(turn, state))
            return;
        if (state.PendingFlowId is not null)
        {
            AnswerContinueOrDiscard(turn, state, flow);
            return;
        }
        if (state.StepKey == ConfirmKey)
        {
            AnswerConfirm(turn, state, flow);
            return;
        }
        if (state.StepKey == EditKey)
        {
            AnswerEditPick(turn, state, flow);
            return;
        }
        var step = flow.Steps.FirstOrDefault(s => s.Key == state.StepKey);
        if (step is null)
        {
            Advance(turn, state, flow);
            return;
        }
        var input = turn.Message;
        // Hidden or unreadable content (Zalo hides it for protected users): say so kindly, ask the question again.
        if (input.Kind == MessageKind.Unsupported)
        {
            Ask(turn, state, flow, step, T.UnsupportedContent);
            Save(turn, state);
            return;
        }
        var result = Interpret(turn, step, state, new Answers(state.Answers), out var stale, out var shown);
        if (stale)
        {
            Stale(turn, state, flow);
            return;
        }
        if (!result.Ok)
        {
            state.InvalidInARow++;
            state.Narrowed = result.Narrowed?.ToList();
            var problem =
                state.InvalidInARow >= HelpAfterInvalid ? $"{result.Problem}\n\n{T.StuckHelp}" : result.Problem!;
            Ask(turn, state, flow, step, problem);
            Save(turn, state);
            return;
        }
        QuestionMessages.Close(turn, state, shown);
        Record(turn, state, flow, step, result);
        if (input.Kind == MessageKind.Photo && input.MediaGroupId is not null)
        {
            state.LastMediaGroupId = input.MediaGroupId;
            state.LastMediaStepKey = step.Key;
        }
        Advance(turn, state, flow, result.Note);
    }

    /// <summary>
    /// A button from an earlier question: a toast says so, and the open question comes again only when it is no
    /// longer near the bottom of the chat (or the platform has no toasts).
    /// </summary>
    private void Stale(Turn turn, ConversationState state, IFlow flow)
    {
        if (turn.Toast(T.OldButtonToast) && QuestionMessages.Visible(turn, state))
            return;
        Resume(turn, state, flow, turn.ToastText is null ? T.OldButton : null);
    }

    /// <summary>
    /// The rest of an album (one update per photo) joins the answer that took its first photo, silently.
    /// </summary>
    private static bool AddToAlbum(Turn turn, ConversationState state)
    {
        var input = turn.Message;
        if (
            input.Kind != MessageKind.Photo
            || input.MediaGroupId is not { } group
            || group != state.LastMediaGroupId
            || state.LastMediaStepKey is not { } albumStep
            || !state.Answers.TryGetValue(albumStep, out var photos)
            || photos.Length == 0
            || input.PhotoFileId is not { } more
        )
            return false;
        state.Answers[albumStep] = $"{photos} {more}";
        Save(turn, state);
        return true;
    }

    private static void Record(Turn turn, ConversationState state, IFlow flow, Step step, StepAnswer answer)
    {
        state.InvalidInARow = 0;
        state.Narrowed = null;
        if (answer.Value is { } value && !Keep(state, flow, step.Key, value))
            return;
        // What the same answer said of other questions ("25 người, 14 nữ"), consistent with it by construction.
        foreach (var (key, also) in answer.Also)
        {
            if (flow.Steps.All(s => s.Key != key))
                continue;
            state.Answers[key] = also;
            state.History.Remove(key);
            state.History.Add(key);
        }
    }

    /// <summary>Stores one answer; false when it was "no, that was wrong" (ask the questioned answer again).</summary>
    private static bool Keep(ConversationState state, IFlow flow, string key, string value)
    {
        var changed = !state.Answers.TryGetValue(key, out var old) || old != value;
        state.Answers[key] = value;
        state.History.Remove(key);
        state.History.Add(key);
        if (value.StartsWith(Option.RedoPrefix, StringComparison.Ordinal))
        {
            // "No, that was wrong": forget this answer and the one it questioned, and ask that again.
            state.Answers.Remove(key);
            state.Answers.Remove(value[Option.RedoPrefix.Length..]);
            return false;
        }
        if (changed)
            foreach (var dependent in flow.Steps.Where(s => s.DependsOn.Contains(key)))
                state.Answers.Remove(dependent.Key);
        return true;
    }

    /// <summary>The conversation ends without its effect (its flow is gone, the person may not finish it).</summary>
    private static void End(Turn turn, ConversationState state)
    {
        QuestionMessages.Close(turn, state, null);
        turn.Conversations.Delete(state.Id);
    }

    private static void Save(Turn turn, ConversationState state)
    {
        state.UpdatedAt = turn.Now;
        state.Nudged = false;
        turn.Conversations.Save(state);
    }

    internal static string Shown(Turn turn, Step step, Answers answers, string value) =>
        answers.IsSkipped(step.Key) ? T.SkippedMark : step.Display(turn, answers, value);
}
