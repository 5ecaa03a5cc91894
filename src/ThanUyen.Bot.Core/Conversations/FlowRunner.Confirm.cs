using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Conversations;

// The confirm screen: one message with ✅ Lưu · ✏️ Sửa · ❌ Hủy. "Sửa" turns that message into the list of fields
// (edited in place where the channel edits); after the change the summary comes back as a new message.
public sealed partial class FlowRunner
{
    private static readonly Option[] ConfirmOptions =
    [
        new("save", T.Save, "luu", "ok", "co", "dong y", "dung", "xong"),
        new("edit", T.Edit, "sua", "chinh"),
        new("cancel", T.CancelButton, "huy"),
    ];

    private static List<Choice> ConfirmChoices() =>
        [.. ConfirmOptions.Select(o => new Choice(o.Label, ButtonData.Answer(ConfirmKey, o.Value)))];

    /// <summary>
    /// The answers, what the flow computes from them (totals, unit prices), and what looks wrong (a likely
    /// duplicate, an unusual price) with "— vẫn lưu?".
    /// </summary>
    private static string ConfirmText(Turn turn, ConversationState state, IFlow flow)
    {
        var answers = new Answers(state.Answers);
        var lines = flow
            .Steps.Where(s => !s.Hidden && answers.Has(s.Key))
            .Select(s => $"• {s.Label}: {Shown(turn, s, answers, state.Answers[s.Key])}")
            .Concat(flow.ExtraSummary(turn, answers));
        var head = state.ReportCode is null ? flow.Title : $"{flow.Title} — {state.ReportCode}";
        var warnings = flow.Warnings(turn, answers, state).ToList();
        var question =
            warnings.Count == 0
                ? T.ConfirmQuestion
                : $"{string.Join('\n', warnings.Select(w => "⚠️ " + w))} — {T.SaveAnyway}";
        return $"{head}\n{string.Join('\n', lines)}\n\n{question}";
    }

    private static void ShowConfirm(Turn turn, ConversationState state, IFlow flow, string? note = null)
    {
        var text = ConfirmText(turn, state, flow);
        QuestionMessages.Asked(turn, state, turn.Reply(note is null ? text : $"{note}\n\n{text}", ConfirmChoices()));
    }

    private void AnswerConfirm(Turn turn, ConversationState state, IFlow flow)
    {
        var choice =
            PickFixed(turn, ConfirmKey, ConfirmOptions)
            ?? (
                turn.Message.Kind == MessageKind.Text
                    ? ConfirmWords.Read(turn.Message.Text) switch
                    {
                        ConfirmChoice.Save => "save",
                        ConfirmChoice.Edit => "edit",
                        ConfirmChoice.Cancel => "cancel",
                        _ => null,
                    }
                    : null
            );
        switch (choice)
        {
            case "save":
                QuestionMessages.Close(turn, state, T.Save);
                Finish(turn, state, flow);
                break;
            case "edit":
                ShowEditPick(turn, state, flow, inPlace: true);
                break;
            case "cancel":
                QuestionMessages.Close(turn, state, T.CancelButton);
                Cancel(turn, state);
                break;
            default:
                if (turn.Message.Kind == MessageKind.Button)
                    Stale(turn, state, flow);
                else
                {
                    ShowConfirm(turn, state, flow, T.PickFromList(ConfirmOptions.Length));
                    Save(turn, state);
                }
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

    /// <summary>The list of fields: in place of the summary when the channel edits, else a new message.</summary>
    private static void ShowEditPick(Turn turn, ConversationState state, IFlow flow, bool inPlace, string? note = null)
    {
        state.StepKey = EditKey;
        var choices = EditOptions(turn, state, flow)
            .Select(o => new Choice(o.Label, ButtonData.Answer(EditKey, o.Value)))
            .ToList();
        if (!inPlace || note is not null || !QuestionMessages.Replace(turn, state, T.WhichField, choices))
        {
            var text = note is null ? T.WhichField : $"{note}\n\n{T.WhichField}";
            QuestionMessages.Asked(turn, state, turn.Reply(text, choices));
        }
        Save(turn, state);
    }

    private void AnswerEditPick(Turn turn, ConversationState state, IFlow flow)
    {
        var options = EditOptions(turn, state, flow);
        var key = PickFixed(turn, EditKey, options, loose: true);
        if (key == "~back")
        {
            state.StepKey = ConfirmKey;
            if (!QuestionMessages.Replace(turn, state, ConfirmText(turn, state, flow), ConfirmChoices()))
                ShowConfirm(turn, state, flow);
            Save(turn, state);
            return;
        }
        if (key is null || flow.Steps.FirstOrDefault(s => s.Key == key) is not { } step)
        {
            if (turn.Message.Kind == MessageKind.Button)
                Stale(turn, state, flow);
            else
                ShowEditPick(turn, state, flow, inPlace: false, T.PickFromList(options.Count));
            return;
        }
        QuestionMessages.Close(turn, state, step.Label);
        state.StepKey = step.Key;
        state.EditingFromConfirm = true;
        state.Answers.Remove(step.Key);
        state.History.Remove(step.Key);
        Ask(turn, state, flow, step);
        Save(turn, state);
    }

    /// <summary>
    /// Reads an answer to one of the engine's own menus: button, number or name; <paramref name="loose"/> also
    /// some of a name's words or a small typo ("ket qua" for "Kết quả chính").
    /// </summary>
    private static string? PickFixed(Turn turn, string key, IReadOnlyList<Option> options, bool loose = false)
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
        if (options.FirstOrDefault(o => o.IsNamedBy(text)) is { } named)
            return named.Value;
        return loose ? OptionMatcher.Match(text, [.. options.Select(Candidate)]).Value : null;
    }
}
