using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Core.Conversations;

public sealed partial class FlowRunner
{
    /// <summary>
    /// Asks the first question that applies and has no answer yet; with none left, confirm (or finish).
    /// <paramref name="note"/> (what was cut from a long text, what a sentence filled) goes before it.
    /// </summary>
    private static void Advance(Turn turn, ConversationState state, IFlow flow, string? note = null)
    {
        var answers = new Answers(state.Answers);
        foreach (var gone in flow.Steps.Where(s => answers.Has(s.Key) && !s.Applies(turn, answers)).ToList())
            state.Answers.Remove(gone.Key);
        var next = flow.Steps.FirstOrDefault(s => s.Applies(turn, answers) && !answers.Has(s.Key));
        if (next is not null)
        {
            if (next.Key != state.StepKey)
                state.Narrowed = null;
            state.StepKey = next.Key;
            Ask(turn, state, flow, next, note);
            Save(turn, state);
            return;
        }
        state.EditingFromConfirm = false;
        if (flow.NeedsConfirm)
        {
            state.StepKey = ConfirmKey;
            ShowConfirm(turn, state, flow, note);
            Save(turn, state);
            return;
        }
        if (note is not null)
            turn.Reply(note);
        Finish(turn, state, flow);
    }

    /// <summary>
    /// Sends the question (after <paramref name="problem"/>: what was wrong, or a note), numbered where a number
    /// picks an option; after "did you mean …?" only the options meant.
    /// </summary>
    private static void Ask(Turn turn, ConversationState state, IFlow flow, Step step, string? problem = null)
    {
        var answers = new Answers(state.Answers);
        var options = OptionsOf(turn, step, answers);
        if (state.Narrowed is { } narrowed)
            options = [.. options.Where(o => narrowed.Contains(o.Value))];
        var prompt = step.Prompt(turn, answers);
        var text = problem is null ? prompt : $"{problem}\n\n{prompt}";
        var message = turn.Reply(
            text,
            options.Select(o => new Choice(o.Label, ButtonData.Answer(step.Key, o.Value))),
            step.NumbersPickOptions
        );
        message.RequestLocation = step.RequestLocation;
        QuestionMessages.Asked(turn, state, message);
        Spoken.SpokenQuestions.Asked(turn, flow, step, message);
    }

    public void Back(Turn turn, ConversationState state)
    {
        if (Find(state.FlowId) is not { } flow || state.PendingFlowId is not null)
        {
            Answer(turn, state);
            return;
        }
        if (state.History.Count == 0)
        {
            Resume(turn, state, flow, T.AlreadyFirstQuestion);
            return;
        }
        var previousKey = state.History[^1];
        state.History.RemoveAt(state.History.Count - 1);
        state.Answers.Remove(previousKey);
        state.EditingFromConfirm = false;
        state.InvalidInARow = 0;
        Advance(turn, state, flow);
    }

    public static void Cancel(Turn turn, ConversationState state)
    {
        End(turn, state);
        turn.Reply(state.ReportCode is null ? T.Cancelled : T.EditCancelled(state.ReportCode));
    }

    /// <summary>
    /// Shows the current question again as a new message (after "continue", a command in the middle, a stale
    /// press far below it); the earlier one loses its buttons.
    /// </summary>
    public void Resume(Turn turn, ConversationState state, IFlow flow, string? note = null)
    {
        if (state.PendingFlowId is not null)
        {
            AskContinueOrDiscard(turn, state, note);
            Save(turn, state);
            return;
        }
        if (state.StepKey == ConfirmKey)
        {
            ShowConfirm(turn, state, flow, note);
            Save(turn, state);
            return;
        }
        if (state.StepKey == EditKey)
        {
            ShowEditPick(turn, state, flow, inPlace: false, note);
            return;
        }
        if (flow.Steps.FirstOrDefault(s => s.Key == state.StepKey) is { } step)
        {
            Ask(turn, state, flow, step, note);
            Save(turn, state);
            return;
        }
        Advance(turn, state, flow, note);
    }

    /// <summary>Shows the open question again after a command answered in the middle of a report.</summary>
    public void ResumeAfterCommand(Turn turn, ConversationState state)
    {
        if (Find(state.FlowId) is { } flow && turn.Member is { } member && flow.IsAllowed(member))
            Resume(turn, state, flow, T.BackToOpenQuestion);
    }

    private static void Finish(Turn turn, ConversationState state, IFlow flow)
    {
        turn.Conversations.Delete(state.Id);
        flow.Complete(turn, new Answers(state.Answers), state);
    }
}
