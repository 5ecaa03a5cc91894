using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>A whole number in a range; <see cref="Check"/> can compare it with earlier answers.</summary>
public sealed class NumberStep(string key, string label, string prompt, int min, int max, string example)
    : Step(key, label)
{
    /// <summary>Returns a problem to re-ask with, or null.</summary>
    public Func<Answers, int, string?>? Check { get; init; }
    public string Unit { get; init; } = "";

    public override string Prompt(Turn turn, Answers answers) => prompt;

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input)
    {
        if (!VietnameseNumber.TryParseWhole(input.Text, out var n))
            return StepAnswer.Reject(T.NotANumber(example));
        if (n < min || n > max)
            return StepAnswer.Reject(T.NumberOutOfRange(min, max));
        return Check?.Invoke(answers, n) is { } problem
            ? StepAnswer.Reject(problem)
            : StepAnswer.Accept(Answers.Format(n));
    }

    public override string Display(Turn turn, Answers answers, string value) =>
        Unit.Length == 0 ? value : $"{value} {Unit}";
}
