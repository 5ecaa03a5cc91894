using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>An amount in đồng, typed loosely ("12tr", "500k", "1.500.000").</summary>
public sealed class MoneyStep(string key, string label, Func<Turn, Answers, string> prompt) : Step(key, label)
{
    public override string Prompt(Turn turn, Answers answers) => prompt(turn, answers);

    /// <summary>Below this a typed number is surely a slip ("12" meant 12 triệu or 12 nghìn?): ask again.</summary>
    public const decimal Minimum = 1_000m;

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input) =>
        !Money.TryParse(input.Text, out var amount) ? StepAnswer.Reject(T.NotMoney)
        : amount < Minimum ? StepAnswer.Reject(T.MoneyTooSmall(Money.Format(amount)))
        : StepAnswer.Accept(Answers.Format(amount));

    public override string Display(Turn turn, Answers answers, string value) =>
        Money.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
}
