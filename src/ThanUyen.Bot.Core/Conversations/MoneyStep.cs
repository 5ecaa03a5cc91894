using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>An amount in đồng, typed loosely ("12tr", "500k", "1.500.000").</summary>
public sealed class MoneyStep(string key, string label, Func<Turn, Answers, string> prompt) : Step(key, label)
{
    public override string Prompt(Turn turn, Answers answers) => prompt(turn, answers);

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input) =>
        Money.TryParse(input.Text, out var amount)
            ? StepAnswer.Accept(Answers.Format(amount))
            : StepAnswer.Reject(T.NotMoney);

    public override string Display(Turn turn, Answers answers, string value) =>
        Money.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
}
