using ClosedXML.Excel;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Register.Progress;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Register.Periods;

/// <summary>The works: a summary sheet, then one sheet per work with its progress reports in the period.</summary>
internal static class PeriodWorks
{
    public static void Write(XLWorkbook workbook, Stores stores, ProgressData data, Period period, string subtitle)
    {
        var catalogue = stores.Catalogue;
        var summary = new ReportSheet(
            workbook,
            PeriodReport.WorkSheet,
            T.PeriodWorksTitle(period.Label),
            subtitle,
            ("Mã", 7),
            ("Bản", 12),
            ("Loại", 22),
            ("Tên công trình", 36),
            ("Mục tiêu", 10),
            ("Đơn vị", 9),
            ("Vốn dự án (đồng)", 16),
            ("Vốn cộng đồng (đồng)", 16),
            ("Vốn xã (đồng)", 14),
            ("Ngày bắt đầu", 12),
            ("Ngày dự kiến xong", 12),
            ("Tình trạng", 13),
            ("% cuối kỳ", 9),
            ("Số lần báo trong kỳ", 10),
            ("Ngày công trong kỳ", 10),
            ("Tiền đóng góp trong kỳ (đồng)", 16)
        );
        foreach (var work in data.Works)
        {
            var reports = data.Progress(period.From, period.To).Where(p => p.Facts.SubProjectId == work.Id).ToList();
            summary.Row(
                work.Id,
                data.Villages.GetValueOrDefault(work.VillageId)?.Name,
                catalogue.InfrastructureType(work.TypeId)?.Name,
                work.Name,
                work.Target,
                work.TargetUnit,
                work.BudgetProject,
                work.BudgetCommunity,
                work.BudgetCommune,
                work.StartDate,
                work.PlannedEnd,
                T.WorkStatusName(work.Status),
                data.Latest(work, period.To)?.Facts.Percent,
                reports.Count,
                reports.Sum(p => p.Facts.Workdays ?? 0),
                reports.Sum(p => p.Facts.Cash ?? 0)
            );
        }
        foreach (var work in data.Works)
            Detail(workbook, catalogue, data, work, period, subtitle);
    }

    private static void Detail(
        XLWorkbook workbook,
        CatalogueStore catalogue,
        ProgressData data,
        SubProject work,
        Period period,
        string subtitle
    )
    {
        var sheet = new ReportSheet(
            workbook,
            $"CT{work.Id} {work.Name}",
            $"#{work.Id} {work.Name} — {T.PeriodWorkReports(period.Label)}",
            subtitle,
            ("Mã báo cáo", 11),
            ("Ngày", 12),
            ("%", 7),
            ("Tình trạng", 16),
            ("Ngày công", 10),
            ("Tiền đóng góp (đồng)", 16),
            ("Khó khăn, đề xuất", 50),
            ("Số ảnh", 8),
            ("Người báo", 20)
        );
        foreach (
            var (report, facts) in data.Progress(period.From, period.To).Where(p => p.Facts.SubProjectId == work.Id)
        )
            sheet.Row(
                report.Code,
                ProgressData.Day(report),
                facts.Percent,
                catalogue.Name(CatalogueLists.ProgressStatuses, facts.Status),
                facts.Workdays,
                facts.Cash,
                Core.Reports.Export.ExportContext.Text(facts.Problems),
                facts.PhotoFileIds.Count,
                report.ReporterName
            );
    }
}
