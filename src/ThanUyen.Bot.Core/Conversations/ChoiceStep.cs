using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>Pick one of a list. Options may depend on earlier answers (the village's sub-projects).</summary>
public sealed class ChoiceStep(
    string key,
    string label,
    Func<Turn, Answers, string> prompt,
    Func<Turn, Answers, IReadOnlyList<Option>> options
) : Step(key, label)
{
    public ChoiceStep(string key, string label, string prompt, params Option[] options)
        : this(key, label, (_, _) => prompt, (_, _) => options) { }

    public override string Prompt(Turn turn, Answers answers) => prompt(turn, answers);

    public override IReadOnlyList<Option> Options(Turn turn, Answers answers) => options(turn, answers);

    public override bool OnlyOptions => true;

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input) =>
        StepAnswer.Reject(T.PickFromList(options(turn, answers).Count));
}
