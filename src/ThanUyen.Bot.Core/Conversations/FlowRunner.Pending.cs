using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Core.Conversations;

public sealed partial class FlowRunner
{
    private static readonly Option[] ContinueOrDiscard =
    [
        new("continue", T.ContinueDraft, "tiep tuc", "tiep"),
        new("discard", T.DiscardDraft, "bo", "lam moi", "moi"),
    ];

    private void AskContinueOrDiscard(Turn turn, ConversationState open)
    {
        var title = Find(open.FlowId)?.Title ?? "";
        turn.Reply(
            T.DraftOpen(title),
            ContinueOrDiscard.Select(o => new Choice(o.Label, ButtonData.Answer(PendingKey, o.Value)))
        );
    }

    private void AnswerContinueOrDiscard(Turn turn, ConversationState state, IFlow flow)
    {
        switch (PickFixed(turn, PendingKey, ContinueOrDiscard))
        {
            case "continue":
                state.PendingFlowId = null;
                Resume(turn, state, flow);
                break;
            case "discard":
                var next = Find(state.PendingFlowId!);
                turn.Conversations.Delete(state.Id);
                turn.Reply(T.DraftDiscarded);
                if (next is not null)
                    Start(turn, next, [], null);
                break;
            default:
                AskContinueOrDiscard(turn, state);
                break;
        }
    }

    /// <summary>Shows the current question again (after "continue", a /menu detour, or a nudge).</summary>
    public void Resume(Turn turn, ConversationState state, IFlow flow)
    {
        if (state.StepKey == ConfirmKey)
        {
            ShowConfirm(turn, state, flow);
            Save(turn, state);
            return;
        }
        if (state.StepKey == EditKey)
        {
            ShowEditPick(turn, state, flow);
            return;
        }
        if (flow.Steps.FirstOrDefault(s => s.Key == state.StepKey) is { } step)
        {
            Ask(turn, state, flow, step);
            Save(turn, state);
            return;
        }
        Advance(turn, state, flow);
    }
}
