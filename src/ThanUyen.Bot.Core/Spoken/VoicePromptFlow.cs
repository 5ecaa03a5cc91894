using Microsoft.Extensions.DependencyInjection;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Spoken;

/// <summary>
/// An admin picks a report flow, then one of its questions (numbered, 🎤 where recorded), then sends a voice note
/// reading it (or deletes the one it has). The first question lists every recording there is.
/// </summary>
public sealed class VoicePromptFlow(IServiceProvider services) : IFlow
{
    public const string FlowId = "voiceprompt";
    public string Id => FlowId;
    public string Title => T.VoicePromptTitle;

    /// <summary>Started by <see cref="VoicePromptCommand"/>: no menu entry of its own.</summary>
    public IReadOnlyList<string> Commands => [];
    public string Description => T.VoicePromptDescription;
    public bool NeedsConfirm => false;

    public bool IsAllowed(Member member) => member.Role == Role.Admin;

    // Resolved when asked: the runner holds every flow, this one included.
    private List<IFlow> ReportFlows() =>
        services
            .GetRequiredService<ReportKinds>()
            .All.Select(k => services.GetRequiredService<FlowRunner>().Find(k.FlowId))
            .OfType<IFlow>()
            .ToList();

    private IFlow? Picked(Answers a) => ReportFlows().FirstOrDefault(f => f.Id == a.Get("flow"));

    private Step? Question(Answers a) => Picked(a)?.Steps.FirstOrDefault(s => s.Key == a.Get("question"));

    public IReadOnlyList<Step> Steps =>
        [
            new ChoiceStep(
                "flow",
                T.VoicePromptFlowLabel,
                (turn, _) => T.VoicePromptPickFlow(Recorded(turn)),
                (turn, _) =>
                    ReportFlows()
                        .Select(f => new Option(
                            f.Id,
                            T.VoicePromptFlowOption(
                                f.Title,
                                f.Steps.Count(s => turn.Stores.VoicePrompts.Find(f.Id, s.Key) is not null),
                                f.Steps.Count
                            )
                        ))
                        .ToList()
            ),
            new ChoiceStep(
                "question",
                T.VoicePromptQuestionLabel,
                (_, a) => T.VoicePromptPickQuestion(Picked(a)?.Title ?? ""),
                (turn, a) =>
                    Picked(a) is { } flow
                        ? flow
                            .Steps.Select(
                                (s, i) =>
                                    new Option(
                                        s.Key,
                                        T.VoicePromptQuestionOption(
                                            i + 1,
                                            s.Label,
                                            turn.Stores.VoicePrompts.Find(flow.Id, s.Key)?.Seconds
                                        )
                                    )
                            )
                            .ToList()
                        : []
            )
            {
                DependsOn = ["flow"],
            },
            new VoiceRecordingStep(
                "recording",
                T.VoicePromptRecordingLabel,
                (turn, a) =>
                    T.VoicePromptRecord(
                        QuestionText(turn, a),
                        turn.Stores.VoicePrompts.Find(a.Text("flow"), a.Text("question"))?.Seconds
                    ),
                (turn, a) => turn.Stores.VoicePrompts.Find(a.Text("flow"), a.Text("question")) is not null
            )
            {
                DependsOn = ["question"],
            },
        ];

    /// <summary>The question as members read it (its prompt before any answer), for the admin to read aloud.</summary>
    private string QuestionText(Turn turn, Answers a)
    {
        if (Question(a) is not { } step)
            return "";
        try
        {
            return step.Prompt(turn, new Answers([]));
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            // A prompt built from earlier answers cannot be shown without them: its label says enough.
            return step.Label;
        }
    }

    /// <summary>"🛠️ Hạ tầng — 1. Công trình (0:05)" for every recording there is.</summary>
    private List<string> Recorded(Turn turn)
    {
        var flows = ReportFlows();
        return turn
            .Stores.VoicePrompts.All()
            .Select(p =>
                flows.FirstOrDefault(f => f.Id == p.FlowId) is { } f
                && f.Steps.ToList().FindIndex(s => s.Key == p.StepKey) is var i and >= 0
                    ? T.VoicePromptLine(f.Title, i + 1, f.Steps[i].Label, p.Seconds)
                    : null
            )
            .OfType<string>()
            .ToList();
    }

    public void Complete(Turn turn, Answers answers, ConversationState state)
    {
        var (flowId, stepKey) = (answers.Text("flow"), answers.Text("question"));
        var flow = Picked(answers)!;
        var number = flow.Steps.ToList().FindIndex(s => s.Key == stepKey) + 1;
        var label = Question(answers)?.Label ?? stepKey;
        var before = turn.Stores.VoicePrompts.Find(flowId, stepKey);
        if (answers.Text("recording") == VoiceRecordingStep.DeleteValue)
        {
            VoicePromptFiles.Dropped(turn, before);
            turn.Stores.VoicePrompts.Delete(flowId, stepKey);
            turn.Audit("voiceprompt", $"{flowId}/{stepKey}", "xoá");
            turn.Reply(T.VoicePromptDeleted(flow.Title, number, label));
            return;
        }
        var voice = VoiceAnswer.Read(answers.Text("recording"))!;
        var kept = voice.File.StartsWith(Storage.MediaFiles.Prefix, StringComparison.Ordinal);
        var prompt = new VoicePrompt
        {
            FlowId = flowId,
            StepKey = stepKey,
            FileId = kept ? null : voice.File,
            MediaId = kept ? voice.File[Storage.MediaFiles.Prefix.Length..] : null,
            Seconds = voice.Seconds,
            RecordedBy = turn.Member!.Id,
            RecordedAt = turn.Now,
        };
        turn.Stores.VoicePrompts.Save(prompt);
        if (before?.FileId != prompt.FileId || before?.MediaId != prompt.MediaId)
            VoicePromptFiles.Dropped(turn, before);
        VoicePromptFiles.Keep(turn, prompt);
        turn.Audit("voiceprompt", $"{flowId}/{stepKey}", $"{voice.Seconds} giây");
        turn.Reply(T.VoicePromptSaved(flow.Title, number, label, voice.Seconds));
        if (turn.Channel.Audio)
            SpokenQuestions.Send(turn, prompt);
    }
}
