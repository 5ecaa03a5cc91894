using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>A quantity with a unit; a bare number takes the default unit of what was sold.</summary>
public sealed class QuantityStep(
    string key,
    string label,
    Func<Turn, Answers, string> prompt,
    Func<Turn, Answers, string> defaultUnit
) : Step(key, label)
{
    public override string Prompt(Turn turn, Answers answers) => prompt(turn, answers);

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input) =>
        Quantity.TryParse(input.Text, defaultUnit(turn, answers), out var q)
            ? StepAnswer.Accept(q.Store())
            : StepAnswer.Reject(T.NotAQuantity);

    public override string Display(Turn turn, Answers answers, string value) => Quantity.FromStored(value).ToString();
}
