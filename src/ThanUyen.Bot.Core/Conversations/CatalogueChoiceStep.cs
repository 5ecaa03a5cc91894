using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// Pick one entry of a catalogue list ("products", "buyers" …): the catalogue, not the flow, owns the options.
/// </summary>
public sealed class CatalogueChoiceStep(string key, string label, string prompt, string list) : Step(key, label)
{
    public string List => list;

    public override string Prompt(Turn turn, Answers answers) => prompt;

    public override IReadOnlyList<Option> Options(Turn turn, Answers answers) => turn.Catalogue.Options(list);

    public override bool OnlyOptions => true;

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input) =>
        StepAnswer.Reject(T.PickFromList(Options(turn, answers).Count));
}
