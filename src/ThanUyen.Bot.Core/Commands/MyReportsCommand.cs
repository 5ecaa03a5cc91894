using System.Globalization;
using Humanizer;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Commands;

/// <summary>/my: the person's last 10 reports, with codes and "3 ngày trước".</summary>
public sealed class MyReportsCommand : ICommand
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi");
    public string Name => "my";
    public IReadOnlyList<string> Aliases => ["cuatoi", "baocao"];
    public Role? MinimumRole => Role.Member;
    public string Description => "Xem 10 báo cáo gần nhất của bạn";

    public void Execute(Turn turn, string args)
    {
        var reports = new ReportStore(turn.Db).LatestBy(turn.Member!.Id, 10);
        if (reports.Count == 0)
        {
            turn.Reply(T.NoReportsYet);
            return;
        }
        var lines = reports.Select(r =>
            $"{r.Code} · {OneLine(r)} · "
            + $"{r.ReceivedAt.Humanize(utcDate: true, dateToCompareAgainst: turn.Now, culture: Vi)}"
        );
        turn.Reply($"{T.MyReportsHeader}\n{string.Join('\n', lines)}\n\n{T.EditHint}");
    }

    /// <summary>"🐄 Bán hàng: 3 con — 36.000.000 ₫".</summary>
    public static string OneLine(Report r) =>
        r.Kind switch
        {
            ReportKind.Sale when r.Sale is { } s =>
                $"🐄 {Label(Flows.SaleReportFlow.Products, s.Product)} {new Quantity(s.Quantity, s.Unit)} — "
                    + $"{Money.Format(s.Total)}",
            ReportKind.Progress when r.Progress is { } p => $"🛠️ {p.SubProjectName} {p.Percent}%",
            ReportKind.Meeting when r.Meeting is { } m =>
                $"📅 {m.OtherTopic ?? Label(Flows.MeetingReportFlow.Topics, m.Topic)}, {m.Participants} người",
            _ => r.Kind.ToString(),
        };

    private static string Label(Option[] options, string value) =>
        options.FirstOrDefault(o => o.Value == value)?.Label is { } label
            ? label[(label.IndexOf(' ', StringComparison.Ordinal) + 1)..]
            : value;
}
