using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>One or more photos (an album is one answer). Stores file ids separated by spaces.</summary>
public sealed class PhotoStep(string key, string label, string prompt) : Step(key, label)
{
    public override string Prompt(Turn turn, Answers answers) => prompt;

    public override bool NumbersPickOptions => true;

    public override bool ShowsAnswer => false;

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input) =>
        input.Kind == MessageKind.Photo && input.PhotoFileId is { } id ? StepAnswer.Accept(id)
        // The host could not fetch it (a broken or foreign file, too big, too slow): send another.
        : input.Kind == MessageKind.Photo ? StepAnswer.Reject(T.PhotoNotReceived)
        : StepAnswer.Reject(T.NeedPhoto);

    public override string Display(Turn turn, Answers answers, string value) =>
        T.PhotoCount(value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
