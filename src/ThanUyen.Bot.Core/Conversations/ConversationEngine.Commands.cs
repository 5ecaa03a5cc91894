using ThanUyen.Bot.Core.Commands;

namespace ThanUyen.Bot.Core.Conversations;

public sealed partial class ConversationEngine
{
    /// <summary>Commands that answer a report in progress themselves: the open question is not shown again.</summary>
    private static readonly HashSet<string> AddressDraft = ["menu", "cancel", "huy", "back", "quaylai"];

    private void RunCommand(Turn turn, string name, string args)
    {
        var state = turn.Member is null ? null : stores.Conversations.Find(turn.Chat.ToString());
        switch (name)
        {
            case "cancel" or "huy" when turn.Member is not null:
                if (state is null)
                    turn.Reply(T.NothingToCancel);
                else
                    FlowRunner.Cancel(turn, state);
                return;
            case "back" or "quaylai" when turn.Member is not null:
                if (state is null)
                    turn.Reply(T.NothingToCancel);
                else
                    runner.Back(turn, state);
                return;
        }
        var flow = runner.All.FirstOrDefault(f => f.Commands.Contains(name));
        var command = commands.Find(name);
        if (flow is null && command is null)
        {
            turn.Reply(turn.Member is null ? T.NotRegistered : T.UnknownCommand);
            return;
        }
        if (turn.Member is null && command?.MinimumRole is not null || turn.Member is null && flow is not null)
        {
            turn.Reply(T.NotRegistered);
            return;
        }
        if (flow is not null)
        {
            if (!flow.IsAllowed(turn.Member!))
            {
                turn.Reply(T.NotAllowed);
                return;
            }
            runner.Start(turn, flow, [], state);
            return;
        }
        var version = stores.Conversations.Version(turn.Chat.ToString());
        if (command!.MinimumRole is { } min && turn.Member!.Role < min)
            turn.Reply(T.NotAllowed);
        else
            command.Execute(turn, args);
        if (turn.FlowToStart is { } start && runner.Find(start.FlowId) is { } started)
        {
            // Read again: the command may have ended the open conversation (a new register file replaces the last).
            runner.Start(turn, started, start.Prefill, stores.Conversations.Find(turn.Chat.ToString()));
            return;
        }
        // /help or /digest in the middle of a report: answered, then the open question comes back below.
        if (
            state is not null
            && !turn.PageTurn
            && !AddressDraft.Contains(command.Name)
            // The command left the open question where it was (it did not start, replace or move a flow).
            && stores.Conversations.Version(turn.Chat.ToString()) == version
            && stores.Conversations.Find(state.Id) is { } still
        )
            runner.ResumeAfterCommand(turn, still);
    }
}
