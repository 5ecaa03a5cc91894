using ThanUyen.Bot.Core.Spoken;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>The recorded questions ("voice_prompts"), one per flow question.</summary>
public sealed class VoicePromptStore(BotDatabase db, DatabaseWriter writer)
{
    public VoicePrompt? Find(string flowId, string stepKey) =>
        db.VoicePrompts.FindById(VoicePrompt.KeyOf(flowId, stepKey));

    public List<VoicePrompt> All() => db.VoicePrompts.FindAll().OrderBy(p => p.Id).ToList();

    /// <summary>Records or replaces the question's voice note.</summary>
    public void Save(VoicePrompt prompt)
    {
        writer.EnsureWriting();
        prompt.Id = VoicePrompt.KeyOf(prompt.FlowId, prompt.StepKey);
        db.VoicePrompts.Upsert(prompt);
    }

    public bool Delete(string flowId, string stepKey)
    {
        writer.EnsureWriting();
        return db.VoicePrompts.Delete(VoicePrompt.KeyOf(flowId, stepKey));
    }
}
