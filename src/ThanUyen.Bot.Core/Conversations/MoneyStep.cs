using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// An amount in đồng as people say it ("12tr", "ba mươi triệu", "1 triệu rưỡi", "85 nghìn", "30tr cả hai").
/// With <see cref="BasisKey"/> the words also answer "per unit or total?" when they say it ("15tr/con", "tổng").
/// </summary>
public sealed class MoneyStep(string key, string label, Func<Turn, Answers, string> prompt) : Step(key, label)
{
    public override string Prompt(Turn turn, Answers answers) => prompt(turn, answers);

    /// <summary>Below this a typed number is surely a slip ("12" meant 12 triệu or 12 nghìn?): ask again.</summary>
    public const decimal Minimum = 1_000m;

    /// <summary>Zero is an answer ("0", "không", "ko": people put in nothing), not a skip.</summary>
    public bool AllowZero { get; init; }

    /// <summary>The "per unit or total" question the words may answer too ("unit" / "total").</summary>
    public string? BasisKey { get; init; }

    public override bool Claims(string text) =>
        AllowZero && MoneyAnswer.TryRead(text, allowZero: true, out var money) && money.Amount == 0;

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input)
    {
        if (!MoneyAnswer.TryRead(input.Text, AllowZero, out var money))
            return StepAnswer.Reject(T.NotMoney);
        if (money.Amount == 0 && AllowZero)
            return StepAnswer.Accept(Answers.Format(0m));
        if (money.Amount < Minimum)
            return StepAnswer.Reject(T.MoneyTooSmall(Money.Format(money.Amount)));
        var accepted = StepAnswer.Accept(Answers.Format(money.Amount));
        return BasisKey is { } basisKey && PriceKindStep.ValueOf(money.Basis) is { } basis
            ? accepted with
            {
                Also = new Dictionary<string, string> { [basisKey] = basis },
            }
            : accepted;
    }

    public override string Display(Turn turn, Answers answers, string value) =>
        Money.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
}
