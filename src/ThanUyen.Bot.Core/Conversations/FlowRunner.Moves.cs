using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Core.Conversations;

public sealed partial class FlowRunner
{
    /// <summary>
    /// Asks the first question that applies and has no answer yet; with none left, confirm (or finish).
    /// </summary>
    private void Advance(Turn turn, ConversationState state, IFlow flow)
    {
        var answers = new Answers(state.Answers);
        foreach (var gone in flow.Steps.Where(s => answers.Has(s.Key) && !s.Applies(turn, answers)).ToList())
            state.Answers.Remove(gone.Key);
        var next = flow.Steps.FirstOrDefault(s => s.Applies(turn, answers) && !answers.Has(s.Key));
        if (next is not null)
        {
            state.StepKey = next.Key;
            Ask(turn, state, flow, next);
            Save(turn, state);
            return;
        }
        state.EditingFromConfirm = false;
        if (flow.NeedsConfirm)
        {
            state.StepKey = ConfirmKey;
            ShowConfirm(turn, state, flow);
            Save(turn, state);
            return;
        }
        Finish(turn, state, flow);
    }

    private static void Ask(Turn turn, ConversationState state, IFlow flow, Step step, string? problem = null)
    {
        var answers = new Answers(state.Answers);
        var options = OptionsOf(turn, step, answers);
        var prompt = step.Prompt(turn, answers);
        var text = problem is null ? prompt : $"{problem}\n\n{prompt}";
        var message = turn.Reply(
            text,
            options.Select(o => new Choice(o.Label, ButtonData.Answer(step.Key, o.Value))),
            step.OnlyOptions
        );
        message.RequestLocation = step.RequestLocation;
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
            turn.Reply(T.AlreadyFirstQuestion);
            if (flow.Steps.FirstOrDefault(s => s.Key == state.StepKey) is { } first)
                Ask(turn, state, flow, first);
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
        turn.Conversations.Delete(state.Id);
        turn.Reply(state.ReportCode is null ? T.Cancelled : T.EditCancelled(state.ReportCode));
    }

    private void ShowConfirm(Turn turn, ConversationState state, IFlow flow)
    {
        var answers = new Answers(state.Answers);
        var lines = flow
            .Steps.Where(s => !s.Hidden && answers.Has(s.Key))
            .Select(s => $"• {s.Label}: {Shown(turn, s, answers, state.Answers[s.Key])}");
        lines = lines.Concat(flow.ExtraSummary(turn, answers));
        var head = state.ReportCode is null ? flow.Title : $"{flow.Title} — {state.ReportCode}";
        turn.Reply(
            $"{head}\n{string.Join('\n', lines)}\n\n{T.ConfirmQuestion}",
            [
                new Choice(T.Save, ButtonData.Answer(ConfirmKey, "save")),
                new Choice(T.Edit, ButtonData.Answer(ConfirmKey, "edit")),
                new Choice(T.CancelButton, ButtonData.Answer(ConfirmKey, "cancel")),
            ]
        );
    }

    private static readonly Option[] ConfirmOptions =
    [
        new("save", T.Save, "luu", "ok", "co", "dong y", "dung", "xong"),
        new("edit", T.Edit, "sua", "chinh"),
        new("cancel", T.CancelButton, "huy", "khong"),
    ];

    private void AnswerConfirm(Turn turn, ConversationState state, IFlow flow)
    {
        var choice = PickFixed(turn, ConfirmKey, ConfirmOptions);
        switch (choice)
        {
            case "save":
                Finish(turn, state, flow);
                break;
            case "edit":
                ShowEditPick(turn, state, flow);
                break;
            case "cancel":
                Cancel(turn, state);
                break;
            default:
                turn.Reply(T.PickFromList(ConfirmOptions.Length));
                ShowConfirm(turn, state, flow);
                break;
        }
    }

    private static List<Option> EditOptions(Turn turn, ConversationState state, IFlow flow)
    {
        var answers = new Answers(state.Answers);
        var fields = flow
            .Steps.Where(s => !s.Hidden && s.Applies(turn, answers))
            .Select(s => new Option(s.Key, s.Label))
            .ToList();
        fields.Add(new Option("~back", T.BackToSummary, "quay lai", "tro lai"));
        return fields;
    }

    private void ShowEditPick(Turn turn, ConversationState state, IFlow flow)
    {
        state.StepKey = EditKey;
        turn.Reply(
            T.WhichField,
            EditOptions(turn, state, flow).Select(o => new Choice(o.Label, ButtonData.Answer(EditKey, o.Value)))
        );
        Save(turn, state);
    }

    private void AnswerEditPick(Turn turn, ConversationState state, IFlow flow)
    {
        var options = EditOptions(turn, state, flow);
        var key = PickFixed(turn, EditKey, options);
        if (key == "~back")
        {
            state.StepKey = ConfirmKey;
            ShowConfirm(turn, state, flow);
            Save(turn, state);
            return;
        }
        if (key is null || flow.Steps.FirstOrDefault(s => s.Key == key) is not { } step)
        {
            turn.Reply(T.PickFromList(options.Count));
            ShowEditPick(turn, state, flow);
            return;
        }
        state.StepKey = step.Key;
        state.EditingFromConfirm = true;
        state.Answers.Remove(step.Key);
        state.History.Remove(step.Key);
        Ask(turn, state, flow, step);
        Save(turn, state);
    }

    /// <summary>Reads an answer to one of the engine's own menus: button, number or name.</summary>
    private static string? PickFixed(Turn turn, string key, IReadOnlyList<Option> options)
    {
        var input = turn.Message;
        if (input.Kind == MessageKind.Button)
            return
                ButtonData.TryReadAnswer(input.ButtonData, out var k, out var v)
                && k == key
                && options.Any(o => o.Value == v)
                ? v
                : null;
        var text = (input.Text ?? "").Trim().TrimEnd('.');
        if (int.TryParse(text, out var n) && n >= 1 && n <= options.Count)
            return options[n - 1].Value;
        return options.FirstOrDefault(o => o.IsNamedBy(text))?.Value;
    }

    private static void Finish(Turn turn, ConversationState state, IFlow flow)
    {
        turn.Conversations.Delete(state.Id);
        flow.Complete(turn, new Answers(state.Answers), state);
    }
}
