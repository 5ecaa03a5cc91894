using ClosedXML.Excel;
using ThanUyen.Bot.Core.Register.Progress;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Register.Periods;

/// <summary>
/// The report for partners (the district, the women-and-children centre, the donor) for one period, as an XLSX:
/// indicators against targets and the period before, each work and each model on a sheet of its own after their
/// summaries, the meetings with participants by gender and ethnic group, sales by model and household, and the
/// charts as pictures. Every sheet prints landscape, one page wide, its header row repeated.
/// </summary>
public static class PeriodReport
{
    public const string IndicatorSheet = "Chỉ tiêu",
        WorkSheet = "Công trình",
        ModelSheet = "Mô hình",
        MeetingSheet = "Cuộc họp",
        SaleSheet = "Bán hàng",
        ChartSheet = "Biểu đồ";

    public static byte[] Write(Stores stores, string? communeId, Period period, DateOnly projectStart, DateOnly today)
    {
        var data = ProgressData.Load(stores, communeId, projectStart);
        var scope = stores.Catalogue.Commune(communeId) is { } commune ? $"xã {commune.Name}" : T.WholeProject;
        var subtitle = T.PeriodSubtitle(period, scope, today);
        using var workbook = new XLWorkbook();
        var rows = Indicators(workbook, stores, data, period, scope, subtitle);
        PeriodWorks.Write(workbook, stores, data, period, subtitle);
        PeriodModels.Write(workbook, stores, data, period, subtitle);
        PeriodLists.Meetings(workbook, stores, data, period, subtitle);
        PeriodLists.Sales(workbook, data, period, subtitle);
        var charts = new ReportSheet(workbook, ChartSheet, T.PeriodChartsTitle(period.Label, scope), subtitle);
        charts.Sheet.PageSetup.FitToPages(1, 1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        var pictures = PeriodCharts.Render(data, period, scope, rows);
        return pictures.Count == 0 ? stream.ToArray() : XlsxPictures.Embed(stream.ToArray(), ChartSheet, pictures, 3);
    }

    /// <summary>Target, this period, the one before, the change, since the start, and the % of the target.</summary>
    private static List<IndicatorRow> Indicators(
        XLWorkbook workbook,
        Stores stores,
        ProgressData data,
        Period period,
        string scope,
        string subtitle
    )
    {
        var sheet = new ReportSheet(
            workbook,
            IndicatorSheet,
            T.PeriodTitle(period.Label, scope),
            subtitle,
            ("Chỉ tiêu", 34),
            ("Đơn vị", 12),
            ("Mục tiêu", 16),
            ("Trong kỳ", 16),
            ("Kỳ trước", 16),
            ("Thay đổi", 14),
            ("Lũy kế từ đầu dự án", 18),
            ("% mục tiêu", 12)
        );
        var previous = period.Previous;
        var cumulative = new List<IndicatorRow>();
        foreach (var indicator in Indicator.All)
        {
            var target = stores.Register.Target(indicator.Key, data.CommuneId);
            var now = Round(IndicatorValues.Achieved(indicator, data, period.From, period.To));
            var before = Round(IndicatorValues.Achieved(indicator, data, previous.From, previous.To));
            var total = Round(IndicatorValues.Achieved(indicator, data, data.ProjectStart, period.To));
            var percent = Round(IndicatorValues.Percent(total, target));
            sheet.Row(
                indicator.Name,
                indicator.Unit,
                target is { } t ? t : T.NotTargeted,
                now,
                before,
                now is { } a && before is { } b ? a - b : null,
                total,
                percent
            );
            cumulative.Add(new IndicatorRow(indicator, target, total));
        }
        return cumulative;
    }

    /// <summary>Shares and percentages to one decimal; counts and đồng stay whole.</summary>
    internal static decimal? Round(decimal? value) => value is { } v ? decimal.Round(v, 1) : null;
}
