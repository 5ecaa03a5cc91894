using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Spoken;

/// <summary>
/// Questions people can hear. For a member who turned them on (/amthanh) on a platform that sends audio, a question
/// with a recording gets a "🔊 Nghe lại" button and its voice note right after the text. Questions without a
/// recording stay as they are: a button that plays nothing would only confuse. Nothing changes for anyone else.
/// </summary>
public static class SpokenQuestions
{
    /// <summary>Called when <paramref name="question"/> (the text of <paramref name="step"/>) is queued.</summary>
    public static void Asked(Turn turn, IFlow flow, Step step, OutgoingMessage question)
    {
        if (!turn.Channel.Audio || turn.Member is not { SpokenQuestions: true })
            return;
        if (turn.Stores.VoicePrompts.Find(flow.Id, step.Key) is not { } prompt)
            return;
        // A location question's keyboard is a reply keyboard: its buttons send text, not a press.
        if (!question.RequestLocation)
            question.Choices.Add(new Choice(T.ListenAgain, ButtonData.Listen(flow.Id, step.Key)));
        Send(turn, prompt);
    }

    /// <summary>A "🔊 Nghe lại" press: the recording again (whatever else is open), or a toast if it is gone.</summary>
    public static bool Replay(Turn turn)
    {
        if (
            turn.Message.Kind != MessageKind.Button
            || !ButtonData.TryReadListen(turn.Message.ButtonData, out var flowId, out var stepKey)
        )
            return false;
        if (turn.Stores.VoicePrompts.Find(flowId, stepKey) is { } prompt && turn.Channel.Audio)
            Send(turn, prompt);
        else if (!turn.Toast(T.NoRecording))
            turn.Reply(T.NoRecording);
        return true;
    }

    /// <summary>The recording as a voice note: by its file id, or the kept copy (fetched or kept at once).</summary>
    public static void Send(Turn turn, VoicePrompt prompt)
    {
        var media = prompt.Media();
        media.MediaId ??= prompt.FileId is { } id ? Media.ReportMedia.KeptToken(turn.Stores, id) : null;
        turn.Reply("").Voice = media;
    }
}
