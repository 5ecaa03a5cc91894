using ThanUyen.Bot.Core.Chat;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// Free text, or a voice note where the platform delivers one (stored as "voice:file_id:seconds",
/// <see cref="VoiceAnswer"/>): people who write little can say it instead.
/// </summary>
public sealed class TextStep(string key, string label, string prompt) : Step(key, label)
{
    public const int MaxLength = 1000;
    public const string VoicePrefix = VoiceAnswer.Prefix;

    /// <summary>Longest voice answer kept: a problem told in a few sentences (Telegram downloads: 20 MB).</summary>
    public const int MaxVoiceSeconds = 10 * 60;

    /// <summary>How much of a cut-off tail is quoted back (its end, which the person remembers typing).</summary>
    private const int CutShown = 60;

    /// <summary>True for every question today; a step that needs written words (a code) could turn it off.</summary>
    public bool AcceptVoice { get; init; } = true;

    public override string Prompt(Turn turn, Answers answers) => prompt;

    public override StepAnswer Read(Turn turn, Answers answers, IncomingMessage input)
    {
        if (AcceptVoice && input.Kind == MessageKind.Voice && input.VoiceSeconds > MaxVoiceSeconds)
            return StepAnswer.Reject(T.VoiceTooLong(input.VoiceSeconds, MaxVoiceSeconds));
        if (AcceptVoice && input.Kind == MessageKind.Voice && input.VoiceFileId is { } voice)
            return StepAnswer.Accept(new VoiceAnswer(voice, input.VoiceSeconds).Stored);
        // Zalo's voice link could not be downloaded: ask again rather than keep nothing.
        if (AcceptVoice && input.Kind == MessageKind.Voice)
            return StepAnswer.Reject(T.VoiceNotReceived);
        if (input.Kind != MessageKind.Text || string.IsNullOrWhiteSpace(input.Text))
            return StepAnswer.Reject(AcceptVoice ? T.NeedTextOrVoice : T.NeedText);
        var text = input.Text.Trim();
        if (!text.Any(char.IsLetterOrDigit))
            return StepAnswer.Reject(T.NeedText);
        if (text.Length <= MaxLength)
            return StepAnswer.Accept(text);
        // Kept up to the limit, and the person told what was cut: not asked to type it all again.
        var at = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        var cut = text[at..].Trim();
        return StepAnswer.Accept(text[..at].TrimEnd()) with
        {
            Note = T.TextCut(MaxLength, cut.Length <= CutShown ? cut : "…" + cut[^CutShown..]),
        };
    }

    public override bool ShowsAnswer => false;

    /// <summary>Its one option is "Bỏ qua": "1" picks it, as on every numbered list.</summary>
    public override bool NumbersPickOptions => true;

    public override string Display(Turn turn, Answers answers, string value) =>
        value.StartsWith(VoicePrefix, StringComparison.Ordinal) ? T.VoiceNote(value.Split(':')[^1]) : value;
}
