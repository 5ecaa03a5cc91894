using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// One question of a flow, declared as data. The engine asks it, matches buttons, numbers and loosely
/// typed option names, and calls <see cref="Read"/> for anything else.
/// </summary>
public abstract class Step(string key, string label)
{
    public string Key => key;

    /// <summary>Short field name shown in the confirm summary and the edit list.</summary>
    public string Label => label;
    public bool Optional { get; init; }

    /// <summary>The question does not apply (e.g. "which other topic" when the topic was not "other").</summary>
    public Func<Turn, Answers, bool>? SkipWhen { get; init; }

    /// <summary>Leave it out of the edit list (questions that only confirm another answer).</summary>
    public bool Hidden { get; init; }

    /// <summary>Keys of earlier answers that, when changed, make this answer void (it is asked again).</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    public abstract string Prompt(Turn turn, Answers answers);

    public virtual IReadOnlyList<Option> Options(Turn turn, Answers answers) => [];

    /// <summary>Options are the only answers (pick by number), as opposed to shortcuts beside typed input.</summary>
    public virtual bool OnlyOptions => false;

    public virtual bool RequestLocation => false;

    /// <summary>
    /// A typed number picks an option ("2" = the second button), so choices are numbered on every channel. Off
    /// where a number is itself an answer (quantities, money, counts).
    /// </summary>
    public virtual bool NumbersPickOptions => OnlyOptions;

    /// <summary>
    /// An answered question shows what was read ("📅 Bán ngày nào? → 24/11/2026"); text, photo and place
    /// questions are left as they were (the person's own message is right below).
    /// </summary>
    public virtual bool ShowsAnswer => true;

    /// <summary>
    /// The step reads <paramref name="text"/> itself although it is a skip word: "không" is 0 đồng where people
    /// say how much they gave.
    /// </summary>
    public virtual bool Claims(string text) => false;

    /// <summary>Reads typed or sent input that matched no option.</summary>
    public abstract StepAnswer Read(Turn turn, Answers answers, IncomingMessage input);

    /// <summary>How a stored value reads in the confirm summary.</summary>
    public virtual string Display(Turn turn, Answers answers, string value) =>
        Options(turn, answers).FirstOrDefault(o => o.Value == value)?.Label ?? value;

    public bool Applies(Turn turn, Answers answers) => SkipWhen is null || !SkipWhen(turn, answers);
}
