using Microsoft.Extensions.Options;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Commands;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Reviews;

/// <summary>
/// /review: the queue, one card at a time, oldest first · /review BC-0012: one report's card · /review mode
/// now|daily: cards as reports come, or one message a day. A card's buttons come here too.
/// </summary>
public sealed class ReviewCommand(ReviewDesk desk, IOptions<ReviewOptions> options) : ICommand
{
    public string Name => "review";
    public IReadOnlyList<string> Aliases => ["duyet"];
    public Role? MinimumRole => Role.Officer;
    public string Description => T.ReviewDescription;

    public void Execute(Turn turn, string args)
    {
        if (turn.Message.Kind == MessageKind.Button && ReviewButton.TryParse(turn.Message.ButtonData, out var button))
        {
            desk.Press(turn, button);
            return;
        }
        var words = args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            desk.ShowNext(turn, after: null);
            return;
        }
        if (TextKey.Of(words[0]) is "mode" or "che do" or "chedo" or "kieu")
        {
            Mode(turn, TextKey.Of(string.Join(' ', words[1..])));
            return;
        }
        desk.ShowOne(turn, words[0]);
    }

    private void Mode(Turn turn, string word)
    {
        var state = turn.Stores.Reviews.Reviewer(turn.Member!.Id);
        ReviewMode? mode = word switch
        {
            "now" or "ngay" or "luon" => ReviewMode.Now,
            "daily" or "hang ngay" or "moi ngay" => ReviewMode.Daily,
            _ => null,
        };
        if (mode is null)
        {
            turn.Reply(
                word.Length == 0
                    ? T.ReviewModeIs(state.Mode == ReviewMode.Daily, options.Value.DailyHour)
                    : T.ReviewModeUsage
            );
            return;
        }
        ReviewDesk.SetMode(turn, mode.Value);
        turn.Reply(T.ReviewModeSet(mode == ReviewMode.Daily, options.Value.DailyHour));
    }
}
