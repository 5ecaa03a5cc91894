using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Spoken;

/// <summary>The admin's voice note reading a question; "🗑️ Xoá" when it has one already.</summary>
public sealed class VoiceRecordingStep(
    string key,
    string label,
    Func<Turn, Answers, string> prompt,
    Func<Turn, Answers, bool> hasRecording
) : Step(key, label)
{
    public const string DeleteValue = "delete";

    /// <summary>A question read aloud takes seconds; a long note is a mistake (a held button).</summary>
    public const int MaxSeconds = 120;

    public override string Prompt(Turn turn, Answers answers) => prompt(turn, answers);

    public override IReadOnlyList<Option> Options(Turn turn, Answers answers) =>
        hasRecording(turn, answers) ? [new Option(DeleteValue, T.VoicePromptDelete, "xoa")] : [];

    public override bool NumbersPickOptions => true;

    public override bool ShowsAnswer => false;

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input) =>
        input.Kind != MessageKind.Voice || input.VoiceFileId is not { } voice
            ? StepAnswer.Reject(T.VoicePromptNeedVoice)
        : input.VoiceSeconds > MaxSeconds ? StepAnswer.Reject(T.VoicePromptTooLong(MaxSeconds))
        : StepAnswer.Accept(new VoiceAnswer(voice, input.VoiceSeconds).Stored);

    public override string Display(Turn turn, Answers answers, string value) =>
        VoiceAnswer.Read(value)?.Shown ?? base.Display(turn, answers, value);
}
