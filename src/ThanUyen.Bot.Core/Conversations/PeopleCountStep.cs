using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// How many came: "25", "25 người", "hai mươi lăm", and "25 nguoi, 14 nu", which answers the women question
/// (<paramref name="womenKey"/>) too.
/// </summary>
public sealed class PeopleCountStep(string key, string label, string prompt, string womenKey, int max)
    : Step(key, label)
{
    public override string Prompt(Turn turn, Answers answers) => prompt;

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input)
    {
        if (!PeopleCount.TryRead(input.Text, out var total, out var women))
            return StepAnswer.Reject(T.NotANumber("25, hoặc 25 người, 14 nữ"));
        if (total < 1 || total > max)
            return StepAnswer.Reject(T.NumberOutOfRange(1, max));
        if (women > total)
            return StepAnswer.Reject(T.MoreThanParticipants(total));
        var accepted = StepAnswer.Accept(Answers.Format(total));
        return women is { } w
            ? accepted with
            {
                Also = new Dictionary<string, string> { [womenKey] = Answers.Format(w) },
            }
            : accepted;
    }

    public override string Display(Turn turn, Answers answers, string value) => $"{value} người";
}
