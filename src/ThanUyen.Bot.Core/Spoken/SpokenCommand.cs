using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Spoken;

/// <summary>
/// /amthanh on|off: a member's own setting for spoken questions; alone (the /menu button) it switches. Where the
/// platform cannot send audio (Zalo) it says so and changes nothing.
/// </summary>
public sealed class SpokenCommand : ICommand
{
    public const string CommandName = "amthanh";
    public string Name => CommandName;
    public IReadOnlyList<string> Aliases => ["spoken"];
    public Role? MinimumRole => Role.Member;
    public string Description => T.SpokenDescription;

    public bool ShownOn(Chat.ChannelCapabilities channel) => channel.Audio;

    public void Execute(Turn turn, string args)
    {
        if (!turn.Channel.Audio)
        {
            turn.Reply(T.SpokenNotAvailable);
            return;
        }
        var member = turn.Member!;
        bool? wanted = TextKey.Of(args) switch
        {
            "" => !member.SpokenQuestions,
            "on" or "bat" or "co" or "mo" => true,
            "off" or "tat" or "khong" or "ko" => false,
            _ => null,
        };
        if (wanted is not { } on)
        {
            turn.Reply(T.SpokenUsage(member.SpokenQuestions));
            return;
        }
        member.SpokenQuestions = on;
        turn.Members.Save(member);
        turn.Audit("spoken", member.Name, on ? "bật" : "tắt");
        turn.Reply(on ? T.SpokenOn(turn.Stores.VoicePrompts.All().Count) : T.SpokenOff);
    }
}
