using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Core.Conversations;

public sealed partial class FlowRunner
{
    private static readonly Option[] ContinueOrDiscard =
    [
        new("continue", T.ContinueDraft, "tiep tuc", "tiep"),
        new("discard", T.DiscardDraft, "bo", "lam moi", "moi"),
    ];

    private void AskContinueOrDiscard(Turn turn, ConversationState open, string? note = null)
    {
        var title = Find(open.FlowId)?.Title ?? "";
        var text = note is null ? T.DraftOpen(title) : $"{note}\n\n{T.DraftOpen(title)}";
        var message = turn.Reply(
            text,
            ContinueOrDiscard.Select(o => new Choice(o.Label, ButtonData.Answer(PendingKey, o.Value)))
        );
        QuestionMessages.Asked(turn, open, message);
    }

    private void AnswerContinueOrDiscard(Turn turn, ConversationState state, IFlow flow)
    {
        var choice = PickFixed(turn, PendingKey, ContinueOrDiscard);
        switch (choice)
        {
            case "continue":
                QuestionMessages.Close(turn, state, T.ContinueDraft);
                (state.PendingFlowId, state.PendingPrefill) = (null, null);
                Resume(turn, state, flow);
                break;
            case "discard":
                QuestionMessages.Close(turn, state, T.DiscardDraft);
                var next = Find(state.PendingFlowId!);
                turn.Conversations.Delete(state.Id);
                turn.Reply(T.DraftDiscarded);
                if (next is not null)
                    Start(turn, next, state.PendingPrefill ?? [], null);
                break;
            default:
                if (turn.Message.Kind == MessageKind.Button && turn.Toast(T.OldButtonToast))
                {
                    if (!QuestionMessages.Visible(turn, state))
                        AskContinueOrDiscard(turn, state);
                }
                else
                    AskContinueOrDiscard(turn, state);
                Save(turn, state);
                break;
        }
    }
}
