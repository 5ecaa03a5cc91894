using System.Globalization;
using Humanizer;
using ThanUyen.Bot.Core.Chat;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>/my: the person's latest reports, ten a page, with codes, "3 ngày trước" and their review status.</summary>
public sealed class MyReportsCommand(ReportKinds kinds) : ICommand
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi");
    public string Name => "my";
    public IReadOnlyList<string> Aliases => ["cuatoi", "baocao"];
    public Role? MinimumRole => Role.Member;
    public string Description => "Xem các báo cáo gần đây của bạn";

    /// <summary>The latest reports listed, a page of ten at a time.</summary>
    private const int Shown = 50;

    public void Execute(Turn turn, string args)
    {
        var reports = turn.Reports.LatestBy(turn.Member!.Id, Shown);
        if (reports.Count == 0)
        {
            turn.Reply(T.NoReportsYet);
            return;
        }
        var lines = reports
            .Select(r =>
                $"{r.Code} · {kinds.OneLine(r)} · "
                + $"{r.ReceivedAt.Humanize(utcDate: true, dateToCompareAgainst: turn.Now, culture: Vi)} · "
                + T.ReviewStatusMark(r.Review.Status)
            )
            .ToList();
        var view = reports.Select(r => new Choice(T.ViewReportButton(r.Code), ButtonData.View(r.Code))).ToList();
        var hint = turn.Channel.Buttons ? T.EditHint : $"{T.EditHint}\n{T.ViewHint}";
        ListPages.Reply(turn, Name, args, T.MyReportsHeader, lines, hint, view);
    }
}
