using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Reviews;

public sealed partial class ReviewDesk
{
    /// <summary>
    /// /review walks the queue oldest first, one card at a time: the next card is the first one queued after
    /// <paramref name="after"/> (the card just decided or put off), so "⏭️ Để sau" moves on and a pass ends.
    /// </summary>
    public void ShowNext(Turn turn, Report? after)
    {
        var queue = ReviewAccess.Queue(turn.Stores, turn.Member!);
        var rest = after is null ? queue : queue.Where(r => Queued(r).CompareTo(Queued(after)) > 0).ToList();
        if (rest.Count == 0)
        {
            turn.Reply(queue.Count == 0 ? T.ReviewQueueEmpty : T.ReviewPassDone(queue.Count));
            return;
        }
        Show(turn, rest[0], walk: true, T.ReviewQueueLead(rest.Count, queue.Count));
    }

    private static (DateTime, int) Queued(Report report) => (ReviewStore.QueuedAt(report), report.Id);

    /// <summary>/review BC-0012: that report's card, decidable while it waits (admins: always, to change it).</summary>
    public void ShowOne(Turn turn, string code)
    {
        var report = turn.Reports.Find(code);
        if (report is null || !ReviewAccess.CanSee(turn.Member!, report))
        {
            turn.Reply(T.ReviewNotFound(ReportStore.Normalize(code)));
            return;
        }
        var lead =
            report.ReporterId == turn.Member!.Id ? T.ReviewOwnReport
            : !report.Review.IsWaiting && turn.IsAdmin ? T.ReviewChangeLead
            : null;
        Show(turn, report, walk: false, lead);
    }

    private void Later(Turn turn, ReviewButton button)
    {
        if (turn.Reports.Find(button.Code) is not { } report || !ReviewAccess.CanSee(turn.Member!, report))
        {
            turn.Reply(T.ReviewNotFound(ReportStore.Normalize(button.Code)));
            return;
        }
        ForgetCard(turn, button.Code);
        if (button.Walk)
            ShowNext(turn, report);
        else
            turn.Reply(T.ReviewPutOff(button.Code));
    }
}
