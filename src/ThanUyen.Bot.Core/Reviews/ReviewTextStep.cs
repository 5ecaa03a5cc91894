using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Reviews;

/// <summary>
/// A reviewer's comment or reason: typed text of up to <see cref="MaxLength"/> characters, or a voice note where
/// the platform delivers one (stored as "voice:file_id:seconds"). With options (the usual reasons) they are
/// numbered shortcuts, and any other text is the answer itself.
/// </summary>
public sealed class ReviewTextStep(
    string key,
    string label,
    Func<Turn, Answers, string> prompt,
    IReadOnlyList<Option>? options = null
) : Step(key, label)
{
    public const int MaxLength = 1000;

    public override string Prompt(Turn turn, Answers answers) => prompt(turn, answers);

    public override IReadOnlyList<Option> Options(Turn turn, Answers answers) => options ?? [];

    /// <summary>Numbered ("2" picks the second reason on Zalo); typed words naming none are kept as typed.</summary>
    public override bool OnlyOptions => options is { Count: > 0 };

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input)
    {
        if (input.Kind == MessageKind.Voice && input.VoiceFileId is { } voice)
            return StepAnswer.Accept($"{TextStep.VoicePrefix}{voice}:{input.VoiceSeconds}");
        if (input.Kind != MessageKind.Text || string.IsNullOrWhiteSpace(input.Text))
            return StepAnswer.Reject(T.ReviewNeedComment);
        var text = input.Text.Trim();
        // Refused whole, with the limit: nothing is decided until a comment that fits arrives.
        if (text.Length > MaxLength)
            return StepAnswer.Reject(T.ReviewCommentTooLong(text.Length, MaxLength));
        if (!text.Any(char.IsLetterOrDigit))
            return StepAnswer.Reject(T.ReviewNeedComment);
        return StepAnswer.Accept(text);
    }

    public override string Display(Turn turn, Answers answers, string value) => T.ReviewComment(value);
}
