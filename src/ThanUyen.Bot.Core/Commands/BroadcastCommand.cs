using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Flows;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>
/// /broadcast &lt;all|member|officer|admin|bản|xã&gt; &lt;text&gt;: says how many it reaches, then asks to confirm.
/// </summary>
public sealed class BroadcastCommand : ICommand
{
    public string Name => "broadcast";
    public IReadOnlyList<string> Aliases => ["thongbao"];
    public Role? MinimumRole => Role.Admin;
    public string Description => T.BroadcastDescription;

    public void Execute(Turn turn, string args)
    {
        var words = args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(3, words.Length - 1); n >= 1; n--)
        {
            var target = string.Join(' ', words[..n]);
            if (BroadcastFlow.Recipients(turn, target) is not { } recipients)
                continue;
            if (recipients.Count == 0)
            {
                // Nobody to send to: say so now rather than ask to confirm a message that goes nowhere.
                turn.Reply(T.BroadcastNobody(target));
                return;
            }
            turn.StartFlow(
                BroadcastFlow.FlowId,
                new() { ["target"] = target, ["text"] = string.Join(' ', words[n..]) }
            );
            return;
        }
        turn.Reply(T.BroadcastUsage);
    }
}
