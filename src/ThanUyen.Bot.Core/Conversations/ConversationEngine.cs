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
public sealed partial class ConversationEngine(
    Stores stores,
    ChannelDirectory channels,
    TimeProvider clock,
    IOptions<BotOptions> options,
    FlowRunner runner,
    CommandRegistry commands,
    Reviews.ReviewDesk reviews,
    FreeText freeText,
    IChatActivity activity
)
{
    /// <summary>Returns false when the message was a re-delivery and nothing was done.</summary>
    public bool Handle(IncomingMessage message) => Handle(message, out _);

    /// <summary>
    /// As <see cref="Handle(IncomingMessage)"/>; <paramref name="toast"/> is what the platform should show over
    /// the chat when it acknowledges the press (a stale button), or null.
    /// </summary>
    public bool Handle(IncomingMessage message, out string? toast)
    {
        toast = null;
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
        var turn = new Turn(message, member, now, stores, options.Value, channels, activity) { Reviews = reviews };
        try
        {
            Dispatch(turn);
        }
        finally
        {
            turn.EndWork();
        }
        foreach (var outgoing in turn.Outgoing)
            stores.Outbox.Add(outgoing);
        turn.Queued();
        toast = turn.ToastText;
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
        // "🔊 Nghe lại" plays the recording again and leaves the open question as it is.
        if (turn.Member is not null && Spoken.SpokenQuestions.Replay(turn))
            return;
        if (message.Kind == MessageKind.Button && ButtonData.TryReadMenu(message.ButtonData, out var menuCommand))
            text = "/" + menuCommand;
        else if (message.Kind == MessageKind.Button && ButtonData.TryReadView(message.ButtonData, out var viewed))
            text = "/view " + viewed;
        else if (message.Kind == MessageKind.Button && Reviews.ReviewButton.AsCommand(message.ButtonData) is { } review)
            text = review;
        if (
            message.Kind == MessageKind.Button
            && ButtonData.TryReadPage(message.ButtonData, out var pageCommand, out var page, out var pageArgs)
        )
        {
            (turn.Page, turn.PageTurn) = (page, true);
            RunCommand(turn, pageCommand, pageArgs);
            return;
        }
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
        // Where a card's choices are numbered lines (Zalo, console), a typed "1" or "duyệt" answers it.
        if (message.Kind == MessageKind.Text && reviews.AnswerCard(turn))
            return;
        if (message.Kind == MessageKind.Text)
        {
            OutsideAReport(turn, text ?? "");
            return;
        }
        if (message.Kind == MessageKind.Button && turn.Toast(T.OldButtonNoDraftToast))
            return;
        turn.Reply(
            message.Kind switch
            {
                MessageKind.Button => T.OldButton,
                MessageKind.Sticker => T.StickerThanks,
                MessageKind.Unsupported => T.UnsupportedContent,
                _ => T.NothingOpenForAttachment,
            },
            Menu.Buttons(turn.Member, runner.All)
        );
    }

    /// <summary>
    /// Free text with no report open: the next page of a list ("tiep"), a menu entry by number or name, or what
    /// <see cref="FreeText"/> makes of it (a report to start, a greeting).
    /// </summary>
    private void OutsideAReport(Turn turn, string text)
    {
        if (ListPages.Turning(turn, text) is { } list)
        {
            RunCommand(turn, list.Command, list.Args);
            return;
        }
        if (Menu.Command(turn.Member!, runner.All, text, turn.Channel.Audio) is { } command)
        {
            RunCommand(turn, command, "");
            return;
        }
        freeText.Handle(turn, text);
    }
}
