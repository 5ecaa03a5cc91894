using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Spoken;

/// <summary>
/// /voiceprompt (admins): record, replace or delete the voice note of a report question. Starts
/// <see cref="VoicePromptFlow"/>, which is not a menu entry.
/// </summary>
public sealed class VoicePromptCommand : ICommand
{
    public string Name => "voiceprompt";
    public IReadOnlyList<string> Aliases => ["ghiam"];
    public Role? MinimumRole => Role.Admin;
    public string Description => T.VoicePromptDescription;

    public void Execute(Turn turn, string args) => turn.StartFlow(VoicePromptFlow.FlowId);
}
