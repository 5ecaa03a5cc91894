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

    public void Start(Turn turn, IFlow flow, Dictionary<string, string> prefill, ConversationState? open)
    {
        if (flow.Unavailable(turn) is { } reason)
        {
            turn.Reply(reason);
            return;
        }
        if (open is not null)
        {
            open.PendingFlowId = flow.Id;
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
        Advance(turn, state, flow);
    }

    public void Answer(Turn turn, ConversationState state)
    {
        if (Find(state.FlowId) is not { } flow)
        {
            turn.Conversations.Delete(state.Id);
            turn.Reply(T.DraftNoLongerValid);
            return;
        }
        // Permission is checked on every answer, not only at the start: a demoted admin cannot finish /invite.
        if (turn.Member is null || !flow.IsAllowed(turn.Member))
        {
            turn.Conversations.Delete(state.Id);
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
        var answers = new Answers(state.Answers);
        var input = turn.Message;

        var result = Interpret(turn, step, answers, out var stale);
        if (stale)
        {
            turn.Reply(T.OldButton);
            Ask(turn, state, flow, step);
            Save(turn, state);
            return;
        }
        if (!result.Ok)
        {
            state.InvalidInARow++;
            var problem =
                state.InvalidInARow >= HelpAfterInvalid ? $"{result.Problem}\n\n{T.StuckHelp}" : result.Problem!;
            Ask(turn, state, flow, step, problem);
            Save(turn, state);
            return;
        }
        Record(turn, state, flow, step, result.Value!);
        if (input.Kind == MessageKind.Photo && input.MediaGroupId is not null)
        {
            state.LastMediaGroupId = input.MediaGroupId;
            state.LastMediaStepKey = step.Key;
        }
        Advance(turn, state, flow);
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

    private static void Record(Turn turn, ConversationState state, IFlow flow, Step step, string value)
    {
        var changed = !state.Answers.TryGetValue(step.Key, out var old) || old != value;
        state.Answers[step.Key] = value;
        state.InvalidInARow = 0;
        state.History.Remove(step.Key);
        state.History.Add(step.Key);
        if (value.StartsWith(Option.RedoPrefix, StringComparison.Ordinal))
        {
            // "No, that was wrong": forget this answer and the one it questioned, and ask that again.
            state.Answers.Remove(step.Key);
            state.Answers.Remove(value[Option.RedoPrefix.Length..]);
            return;
        }
        if (!changed)
            return;
        foreach (var dependent in flow.Steps.Where(s => s.DependsOn.Contains(step.Key)))
            state.Answers.Remove(dependent.Key);
    }

    /// <summary>Button press, option number, loosely typed option name, or the step's own reading.</summary>
    private static StepAnswer Interpret(Turn turn, Step step, Answers answers, out bool stale)
    {
        stale = false;
        var options = OptionsOf(turn, step, answers);
        var input = turn.Message;
        if (input.Kind == MessageKind.Button)
        {
            if (
                ButtonData.TryReadAnswer(input.ButtonData, out var key, out var value)
                && key == step.Key
                && options.FirstOrDefault(o => o.Value == value) is { } pressed
            )
                return StepAnswer.Accept(pressed.Value == Option.SkipValue ? Answers.Skipped : pressed.Value);
            stale = true;
            return StepAnswer.Reject(T.OldButton);
        }
        if (input.Kind == MessageKind.Text && Pick(step, options, input.Text ?? "") is { } picked)
            return StepAnswer.Accept(picked.Value == Option.SkipValue ? Answers.Skipped : picked.Value);
        return step.Read(turn, answers, input);
    }

    private static Option? Pick(Step step, IReadOnlyList<Option> options, string text)
    {
        if (options.Count == 0)
            return null;
        if (step.OnlyOptions && int.TryParse(text.Trim().TrimEnd('.'), out var n) && n >= 1 && n <= options.Count)
            return options[n - 1];
        var key = Parsing.TextKey.Of(text);
        var named = options.FirstOrDefault(o => o.IsNamedBy(text, key));
        if (named is not null || !step.OnlyOptions)
            return named;
        var starts = options.Where(o => o.StartsWith(key)).ToList();
        return starts.Count == 1 ? starts[0] : null;
    }

    internal static IReadOnlyList<Option> OptionsOf(Turn turn, Step step, Answers answers)
    {
        var options = step.Options(turn, answers);
        return step.Optional
            ? [.. options, new Option(Option.SkipValue, T.Skip, "bo qua", "skip", "-", "khong co", "ko co")]
            : options;
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
