using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// A quantity with a unit ("2con", "hai con", "1,5 tạ"); a bare number takes the default unit of what was sold,
/// and the product's own name after it is allowed ("2 con trâu" when selling buffalo).
/// </summary>
public sealed class QuantityStep(
    string key,
    string label,
    Func<Turn, Answers, string> prompt,
    Func<Turn, Answers, string> defaultUnit
) : Step(key, label)
{
    /// <summary>The names of what was sold (label and synonyms), allowed after the unit.</summary>
    public Func<Turn, Answers, IReadOnlyCollection<string>> ProductWords { get; init; } = (_, _) => [];

    public override string Prompt(Turn turn, Answers answers) => prompt(turn, answers);

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input) =>
        Quantity.TryParse(input.Text, defaultUnit(turn, answers), ProductWords(turn, answers), out var q)
            ? StepAnswer.Accept(q.Store())
            : StepAnswer.Reject(T.NotAQuantity);

    public override string Display(Turn turn, Answers answers, string value) => Quantity.FromStored(value).ToString();
}
