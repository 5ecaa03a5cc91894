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
        return Problem(text, T.ReviewNeedComment) is { } problem ? StepAnswer.Reject(problem) : StepAnswer.Accept(text);
    }

    /// <summary>
    /// What is wrong with a typed comment or reason, or null: too long (refused whole, with the limit: nothing is
    /// decided until one that fits arrives), or no words in it (<paramref name="missing"/> says what to do).
    /// </summary>
    public static string? Problem(string text, string missing) =>
        text.Length > MaxLength ? T.ReviewCommentTooLong(text.Length, MaxLength)
        : !text.Any(char.IsLetterOrDigit) ? missing
        : null;

    public override string Display(Turn turn, Answers answers, string value) => T.ReviewComment(value);
}
