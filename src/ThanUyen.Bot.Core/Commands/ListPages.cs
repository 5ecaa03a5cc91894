using System.Globalization;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>
/// Long lists (members, works, /my, a review queue) a page at a time. Where the channel has buttons, ◀️ ▶️ under
/// the list turn its page by editing that same message (a new message where it cannot edit); everywhere, "tiep"
/// typed outside a report shows the next page of the chat's last list. The command re-runs with
/// <see cref="Turn.Page"/> set, so a page always shows the list as it is now.
/// </summary>
public static class ListPages
{
    public const int PageSize = 10;
    private const string MetaPrefix = "list:";

    private static readonly HashSet<string> NextWords =
    [
        "tiep",
        "tiep theo",
        "trang sau",
        "trang tiep",
        "xem tiep",
        "xem them",
        "next",
    ];

    private static readonly HashSet<string> PreviousWords = ["trang truoc", "lui", "quay lai trang truoc"];

    public static void Reply(
        Turn turn,
        string command,
        string args,
        string header,
        IReadOnlyList<string> lines,
        string? footer = null,
        IReadOnlyList<Choice>? itemChoices = null
    )
    {
        var pages = Math.Max(1, (lines.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(turn.Page, 1, pages);
        var body = string.Join('\n', lines.Skip((page - 1) * PageSize).Take(PageSize));
        var text = pages > 1 ? $"{header} ({T.PageOf(page, pages)})\n{body}" : $"{header}\n{body}";
        if (footer is not null)
            text += $"\n\n{footer}";
        var channel = turn.Channel;
        var key = TextKey.Of(args);
        var choices = new List<Choice>();
        // A button per line shown (👁️ Xem BC-0012), where there are buttons.
        if (itemChoices is not null && channel.Buttons)
            choices.AddRange(
                itemChoices.Skip((page - 1) * PageSize).Take(PageSize).Where(c => ButtonData.Fits(c.Data))
            );
        var items = choices.Count;
        if (pages > 1 && channel.Buttons)
        {
            if (page > 1)
                choices.Add(new Choice(T.PreviousPage, ButtonData.Page(command, page - 1, key)));
            if (page < pages)
                choices.Add(new Choice(T.NextPage, ButtonData.Page(command, page + 1, key)));
            if (choices.Skip(items).Any(c => !ButtonData.Fits(c.Data)))
                choices.RemoveRange(items, choices.Count - items);
        }
        if (page < pages && choices.Count == items)
            text += $"\n\n{T.TypeNextPage}";
        if (turn.Page > pages && pages > 1)
            text = $"{T.NoMorePages}\n\n{text}";
        turn.Stores.Meta.Set(MetaPrefix + turn.Chat, Remembered(command, key, page));
        if (turn.PageTurn && channel.Edits && turn.Message.ChannelMessageId is { } pressed)
        {
            // The pressed message itself takes the new page: no new message for each page.
            var edit = turn.Send(turn.Chat, text, OutboxPriority.Reply, choices, numbered: false);
            (edit.Kind, edit.PlatformMessageId) = (OutgoingKind.Edit, pressed);
            return;
        }
        turn.Reply(text, choices, numbered: false);
    }

    /// <summary>
    /// "tiep" (or "trang trước") typed outside a report, when the chat was shown a list: the command to run again,
    /// with <see cref="Turn.Page"/> set to the page asked for. Null otherwise.
    /// </summary>
    public static (string Command, string Args)? Turning(Turn turn, string text)
    {
        var key = TextKey.Of(text);
        var step =
            NextWords.Contains(key) ? 1
            : PreviousWords.Contains(key) ? -1
            : 0;
        if (step == 0 || turn.Stores.Meta.Get(MetaPrefix + turn.Chat) is not { } remembered)
            return null;
        var parts = remembered.Split('\n');
        if (parts.Length != 3 || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var page))
            return null;
        turn.Page = Math.Max(1, page + step);
        return (parts[0], parts[2]);
    }

    private static string Remembered(string command, string args, int page) =>
        $"{command}\n{page.ToString(CultureInfo.InvariantCulture)}\n{args}";
}
