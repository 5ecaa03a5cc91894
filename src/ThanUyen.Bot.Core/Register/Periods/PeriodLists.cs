using ClosedXML.Excel;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Register.Progress;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Register.Periods;

/// <summary>The meetings (who came, by gender and ethnic group) and the sales by model and household.</summary>
internal static class PeriodLists
{
    public static void Meetings(XLWorkbook workbook, Stores stores, ProgressData data, Period period, string subtitle)
    {
        var catalogue = stores.Catalogue;
        var sheet = new ReportSheet(
            workbook,
            PeriodReport.MeetingSheet,
            T.PeriodMeetingsTitle(period.Label),
            subtitle,
            ("Mã báo cáo", 11),
            ("Ngày", 12),
            ("Bản", 12),
            ("Loại", 12),
            ("Chủ đề", 28),
            ("Số người", 9),
            ("Nữ", 7),
            ("Nam", 7),
            ("Mông", 7),
            ("Thái", 7),
            ("Dân tộc khác", 9),
            ("Kết quả", 44)
        );
        foreach (var (report, m) in data.Meetings(period.From, period.To).OrderBy(m => m.Report.EventDate))
        {
            var recorded = m.Mong is not null || m.Thai is not null;
            sheet.Row(
                report.Code,
                ProgressData.Day(report),
                data.Villages.GetValueOrDefault(report.VillageId)?.Name,
                catalogue.Name(CatalogueLists.MeetingKinds, m.Kind),
                m.OtherTopic is { } other
                    ? Core.Reports.Export.ExportContext.Text(other)
                    : catalogue.Name(CatalogueLists.MeetingTopics, m.Topic),
                m.Participants,
                m.Women,
                m.Participants - m.Women,
                m.Mong,
                m.Thai,
                recorded ? m.Participants - (m.Mong ?? 0) - (m.Thai ?? 0) : null,
                Core.Reports.Export.ExportContext.Text(m.Outcome)
            );
        }
    }

    /// <summary>One row per (model, household): sales and revenue; a sale no model sells is listed apart.</summary>
    public static void Sales(XLWorkbook workbook, ProgressData data, Period period, string subtitle)
    {
        var sheet = new ReportSheet(
            workbook,
            PeriodReport.SaleSheet,
            T.PeriodSalesTitle(period.Label),
            subtitle,
            ("Mô hình", 34),
            ("Hộ bán", 26),
            ("Số lần bán", 10),
            ("Thành tiền (đồng)", 18)
        );
        var sales = data.Sales(period.From, period.To).ToList();
        var rows = sales
            .SelectMany(
                s =>
                    data.Models.Where(m => ProgressData.Belongs(m, s.Report))
                        .Select(m => m.Name)
                        .DefaultIfEmpty(T.PeriodNoModel),
                (s, model) => (Model: model, Household: s.Facts.Household ?? T.PeriodNoHousehold, s.Facts.Total)
            )
            .GroupBy(x => (x.Model, x.Household))
            .OrderBy(g => g.Key.Model, StringComparer.Ordinal)
            .ThenByDescending(g => g.Sum(x => x.Total));
        foreach (var group in rows)
            sheet.Row(group.Key.Model, group.Key.Household, group.Count(), group.Sum(x => x.Total));
        sheet.Row(T.PeriodTotal, null, sales.Count, sales.Sum(s => s.Facts.Total));
    }
}
