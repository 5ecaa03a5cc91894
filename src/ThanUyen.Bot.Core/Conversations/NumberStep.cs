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

    /// <summary>Read as a percent: "40%", "được 40% rồi", "bốn mươi phần trăm", "xong" (100).</summary>
    public bool IsPercent { get; init; }

    public override string Prompt(Turn turn, Answers answers) => prompt;

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input)
    {
        if (Number(input.Text) is not { } n)
            return StepAnswer.Reject(T.NotANumber(example));
        if (n < min || n > max)
            return StepAnswer.Reject(T.NumberOutOfRange(min, max));
        return Check?.Invoke(answers, n) is { } problem
            ? StepAnswer.Reject(problem)
            : StepAnswer.Accept(Answers.Format(n));
    }

    /// <summary>
    /// The number, with or without the words people put after it ("14 nữ", "25 người", "40 ngày công").
    /// </summary>
    private int? Number(string? text)
    {
        if (IsPercent)
            return Percent.TryParse(text, out var percent) ? percent : null;
        if (VietnameseNumber.TryParseWhole(text, out var n))
            return n;
        var words = TextKey.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = words.Length - 1; count >= 1 && count >= words.Length - 2; count--)
        {
            if (words[count..].Any(w => w.Any(char.IsDigit)))
                break;
            if (VietnameseNumber.TryParseWhole(string.Join(' ', words[..count]), out n))
                return n;
        }
        return null;
    }

    public override string Display(Turn turn, Answers answers, string value) =>
        Unit.Length == 0 ? value : $"{value} {Unit}";
}
