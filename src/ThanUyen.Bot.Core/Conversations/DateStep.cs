using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// An event date: "Hôm nay" / "Hôm qua" buttons (numbered: "2" is yesterday), or typed ("15/5", "thứ hai",
/// "homqua"). Never in the future: a date ahead is said back and asked again, never moved to last year.
/// </summary>
public sealed class DateStep(string key, string label, string prompt) : Step(key, label)
{
    public override string Prompt(Turn turn, Answers answers) => prompt;

    public override IReadOnlyList<Option> Options(Turn turn, Answers answers) =>
        [
            new(Answers.Format(turn.Today), T.Today, "hom nay", "nay"),
            new(Answers.Format(turn.Today.AddDays(-1)), T.Yesterday, "hom qua", "qua"),
        ];

    public override bool NumbersPickOptions => true;

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input) =>
        VietnameseDate.TryParse(input.Text, turn.Today, out var date) switch
        {
            DateProblem.None => StepAnswer.Accept(Answers.Format(date)),
            DateProblem.Future => StepAnswer.Reject(T.DateInFutureOf(What, VietnameseDate.Format(date))),
            DateProblem.TooOld => StepAnswer.Reject(T.DateTooOld),
            _ => StepAnswer.Reject(T.NotADate),
        };

    /// <summary>"ngày bán", "ngày họp": what cannot be in the future.</summary>
    public string What { get; init; } = "ngày này";

    public override string Display(Turn turn, Answers answers, string value) =>
        VietnameseDate.Format(
            DateOnly.ParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        );
}
