using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Conversations;

// Reading an answer: a press, an option's number or name (loosely), a skip word, or the step's own reading.
public sealed partial class FlowRunner
{
    /// <summary>
    /// What the input answers, and how the answered question should read (<paramref name="shown"/>: the option's
    /// label, the value as displayed, or null to leave the question's text as it was).
    /// </summary>
    private static StepAnswer Interpret(
        Turn turn,
        Step step,
        ConversationState state,
        Answers answers,
        out bool stale,
        out string? shown
    )
    {
        (stale, shown) = (false, null);
        var options = OptionsOf(turn, step, answers);
        var input = turn.Message;
        if (input.Kind == MessageKind.Button)
        {
            if (
                ButtonData.TryReadAnswer(input.ButtonData, out var key, out var value)
                && key == step.Key
                && options.FirstOrDefault(o => o.Value == value) is { } pressed
            )
                return Picked(pressed, out shown);
            stale = true;
            return StepAnswer.Reject(T.OldButton);
        }
        var text = input.Text ?? "";
        if (input.Kind == MessageKind.Text)
        {
            if (PickExact(step, options, state.Narrowed, text) is { } picked)
                return Picked(picked, out shown);
            // One set of skip words for every optional question; a required one never stores them as its answer.
            if (SkipWords.IsSkip(text) && !step.Claims(text))
            {
                shown = T.Skip;
                return step.Optional ? StepAnswer.Accept(Answers.Skipped) : StepAnswer.Reject(T.CannotSkip);
            }
            if (step.OnlyOptions)
            {
                var match = OptionMatcher.Match(text, options.Select(Candidate).ToList());
                if (match.Value is { } loose && options.FirstOrDefault(o => o.Value == loose) is { } named)
                    return Picked(named, out shown);
                if (match.Kind == MatchKind.Ambiguous)
                    return StepAnswer.Reject(T.DidYouMean) with { Narrowed = match.Values };
            }
        }
        var read = step.Read(turn, answers, input);
        if (read is { Ok: true } && step.ShowsAnswer)
            shown = read.Value is { } v ? step.Display(turn, answers, v) : read.Shown;
        return read;
    }

    private static StepAnswer Picked(Option option, out string shown)
    {
        shown = option.Label;
        return StepAnswer.Accept(option.Value == Option.SkipValue ? Answers.Skipped : option.Value);
    }

    private static MatchCandidate Candidate(Option o) => new(o.Value, o.Label, o.Synonyms);

    /// <summary>
    /// The option's number (among the narrowed ones after "did you mean"), its label, value or a synonym, or the
    /// first words of exactly one label ("dua" for "Dưa hấu").
    /// </summary>
    private static Option? PickExact(Step step, IReadOnlyList<Option> options, List<string>? narrowed, string text)
    {
        if (options.Count == 0)
            return null;
        var numbered = narrowed is null ? options : options.Where(o => narrowed.Contains(o.Value)).ToList();
        if (step.NumbersPickOptions && int.TryParse(text.Trim().TrimEnd('.'), out var n))
            return n >= 1 && n <= numbered.Count ? numbered[n - 1] : null;
        var key = TextKey.Of(text);
        var named = options.FirstOrDefault(o => o.IsNamedBy(text, key));
        if (named is not null || !step.OnlyOptions)
            return named;
        var starts = options.Where(o => o.StartsWith(key)).ToList();
        return starts.Count == 1 ? starts[0] : null;
    }

    internal static IReadOnlyList<Option> OptionsOf(Turn turn, Step step, Answers answers)
    {
        var options = step.Options(turn, answers);
        return step.Optional ? [.. options, new Option(Option.SkipValue, T.Skip)] : options;
    }
}
