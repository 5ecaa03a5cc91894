using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Conversations;

public sealed partial class FlowRunner
{
    /// <summary>
    /// A sentence typed where one answer was asked ("ban 2 con trau duoc 30tr" at "🛒 Bán gì?"): when it answers
    /// this question, it also fills the flow's other questions it answers that are still open, as a sentence does
    /// when it starts a report, and "Tôi đã ghi" lists what it took. Null when it does not answer this question
    /// or contradicts an earlier answer (the question is asked again as before).
    /// </summary>
    private static StepAnswer? ReadSentence(Turn turn, ConversationState state, IFlow flow, Step step)
    {
        // Only where one picks from a list (what was sold, what kind of meeting): a number or an amount keeps its
        // own reading and checks ("25 người 30 nữ" is refused there, not taken from a sentence).
        if (!step.OnlyOptions || turn.Message is not { Kind: MessageKind.Text, Text: { } text })
            return null;
        var reading = SentenceReader.Read(text, turn.Today, FreeText.Catalogue(turn), flow.Id);
        if (
            !reading.Slots.TryGetValue(step.Key, out var value)
            || step.Options(turn, new Answers(state.Answers)).All(o => o.Value != value)
            || reading.Slots.Any(s => state.Answers.TryGetValue(s.Key, out var given) && given != s.Value)
        )
            return null;
        var also = reading
            .Slots.Where(s => s.Key != step.Key && !state.Answers.ContainsKey(s.Key))
            .Where(s => flow.Steps.Any(f => f.Key == s.Key))
            .ToDictionary();
        var taken = new Dictionary<string, string>(also) { [step.Key] = value };
        return StepAnswer.Accept(value) with
        {
            Also = also,
            Note = also.Count == 0 ? null : FreeText.Note(turn, flow, taken, reading.Date),
        };
    }
}
