using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// Handles one incoming message inside the caller's transaction: dedupe, who is writing, command or
/// answer, and the replies into the outbox. Knows no platform.
/// </summary>
public sealed class ConversationEngine(
    Stores stores,
    ChannelDirectory channels,
    TimeProvider clock,
    IOptions<BotOptions> options,
    FlowRunner runner,
    CommandRegistry commands
)
{
    /// <summary>Returns false when the message was a re-delivery and nothing was done.</summary>
    public bool Handle(IncomingMessage message)
    {
        // Broken Unicode (a lone surrogate) would break normalization and stored answers: repair it at the door.
        if (message.Text is { } raw && Parsing.TextKey.Clean(raw) is var clean && !ReferenceEquals(clean, raw))
            message = message with { Text = clean };
        var now = clock.GetUtcNow().UtcDateTime;
        // Leaves the durable inbox (webhooks, Zalo) in the same transaction that handles it, and records the
        // delivery: false when it was handled before.
        if (!stores.Inbox.MarkHandled(message, now))
            return false;
        var member = stores.Members.FindByAddress(message.Chat) is { Active: true } m ? m : null;
        if (member is { Unreachable: true })
        {
            // They wrote to us, so they unblocked the bot: deliver to them again.
            member.Unreachable = false;
            stores.Members.Save(member);
        }
        var turn = new Turn(message, member, now, stores, options.Value, channels);
        Dispatch(turn);
        foreach (var outgoing in turn.Outgoing)
            stores.Outbox.Add(outgoing);
        return true;
    }

    /// <summary>Records the message as handled and apologises: used when handling it threw.</summary>
    public void HandleFailure(IncomingMessage message)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        stores.Inbox.MarkHandled(message with { FromInbox = true }, now);
        var turn = new Turn(message, null, now, stores, options.Value, channels);
        turn.Reply(T.SomethingWentWrong);
        foreach (var outgoing in turn.Outgoing)
            stores.Outbox.Add(outgoing);
    }

    private void Dispatch(Turn turn)
    {
        var message = turn.Message;
        var text = message.Text;
        if (message.Kind == MessageKind.Button && ButtonData.TryReadMenu(message.ButtonData, out var menuCommand))
            text = "/" + menuCommand;
        if (CommandLine.TryParse(text, out var name, out var args))
        {
            RunCommand(turn, name, args);
            return;
        }
        if (message.Kind == MessageKind.Text && text?.TrimStart().StartsWith('/') == true)
        {
            turn.Reply(T.UnknownCommand);
            return;
        }

        if (turn.Member is null)
        {
            // On Zalo people often paste the invitation code alone.
            if (
                message.Kind == MessageKind.Text
                && commands.Find("start") is { } start
                && InvitationCodes.LooksLikeCode(text)
            )
                start.Execute(turn, text!.Trim());
            else
                turn.Reply(T.NotRegistered);
            return;
        }
        // A file is a register spreadsheet for those who keep the register, even in the middle of something else.
        if (
            message.Kind == MessageKind.Document
            && commands.DocumentReader is { } reader
            && (reader.MinimumRole is null || turn.Member.Role >= reader.MinimumRole)
        )
        {
            RunCommand(turn, reader.Name, "");
            return;
        }
        var state = stores.Conversations.Find(turn.Chat.ToString());
        if (state is not null)
        {
            runner.Answer(turn, state);
            return;
        }
        turn.Reply(
            message.Kind switch
            {
                MessageKind.Button => T.OldButton,
                MessageKind.Sticker => T.StickerThanks,
                MessageKind.Text => T.NotUnderstood,
                _ => T.NothingOpenForAttachment,
            },
            Menu.Buttons(turn.Member, runner.All),
            numbered: false
        );
    }

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
        if (command!.MinimumRole is { } min && turn.Member!.Role < min)
        {
            turn.Reply(T.NotAllowed);
            return;
        }
        command.Execute(turn, args);
        // Read again: the command may have ended the open conversation (a new register file replaces the last).
        if (turn.FlowToStart is { } start && runner.Find(start.FlowId) is { } started)
            runner.Start(turn, started, start.Prefill, stores.Conversations.Find(turn.Chat.ToString()));
    }
}
