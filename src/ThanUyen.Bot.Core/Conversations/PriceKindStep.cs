using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// "Per unit or total?" — and the price itself when people answer with it: "30 triệu cả hai" is the total,
/// "15tr/con" the unit price (the amount goes to <paramref name="amountKey"/>). An amount whose words do not say
/// which is kept, and the question comes again about it ("30.000.000 ₫ là giá mỗi con hay tổng số tiền?").
/// </summary>
public sealed class PriceKindStep(string key, string label, string amountKey, Func<Turn, Answers, string> unitName)
    : Step(key, label)
{
    public const string Unit = "unit",
        Total = "total";

    public static string? ValueOf(PriceBasis basis) =>
        basis switch
        {
            PriceBasis.PerUnit => Unit,
            PriceBasis.Total => Total,
            _ => null,
        };

    public override string Prompt(Turn turn, Answers answers) =>
        answers.Amount(amountKey) is { } amount
            ? T.AskPriceKindOf(Money.Format(amount), unitName(turn, answers))
            : T.AskPriceKindOrAmount(unitName(turn, answers));

    public override IReadOnlyList<Option> Options(Turn turn, Answers answers) =>
        [
            new(Unit, T.PricePerUnit(unitName(turn, answers)), "gia", "moi", "don gia", "gia moi con", "moi con"),
            new(Total, T.PriceTotal, "tong", "tong tien", "tong cong", "ca hai", "tat ca"),
        ];

    public override bool OnlyOptions => true;

    /// <summary>An amount is read as the price before options are matched loosely.</summary>
    public override bool Claims(string text) => MoneyAnswer.TryRead(text, allowZero: false, out _);

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input)
    {
        if (!MoneyAnswer.TryRead(input.Text, allowZero: false, out var money))
            return StepAnswer.Reject(T.PickFromList(2));
        if (money.Amount < MoneyStep.Minimum)
            return StepAnswer.Reject(T.MoneyTooSmall(Money.Format(money.Amount)));
        var amount = new Dictionary<string, string> { [amountKey] = Answers.Format(money.Amount) };
        return ValueOf(money.Basis) is { } basis
            ? StepAnswer.Accept(basis) with
            {
                Also = amount,
            }
            : StepAnswer.Fill(amount) with
            {
                Shown = Money.Format(money.Amount),
            };
    }
}
