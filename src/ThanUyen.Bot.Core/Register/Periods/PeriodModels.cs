using ClosedXML.Excel;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Register.Progress;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Register.Periods;

/// <summary>The production models: a summary sheet, then one sheet per model with its sales in the period.</summary>
internal static class PeriodModels
{
    public static void Write(XLWorkbook workbook, Stores stores, ProgressData data, Period period, string subtitle)
    {
        var summary = new ReportSheet(
            workbook,
            PeriodReport.ModelSheet,
            T.PeriodModelsTitle(period.Label),
            subtitle,
            ("Mã", 22),
            ("Tên mô hình", 34),
            ("Bản", 12),
            ("Số hộ", 8),
            ("Mục tiêu số hộ", 10),
            ("Số lần bán trong kỳ", 10),
            ("Doanh thu trong kỳ (đồng)", 16),
            ("Doanh thu lũy kế (đồng)", 16),
            ("Mục tiêu doanh thu (đồng)", 16),
            ("% mục tiêu doanh thu", 10),
            ("Buổi tập huấn trong kỳ", 10),
            ("Đang hoạt động", 10)
        );
        foreach (var model in data.Models)
        {
            var now = ModelStats.Of(model, data, period.From, period.To);
            var total = ModelStats.Of(model, data, data.ProjectStart, period.To);
            summary.Row(
                model.Id,
                model.Name,
                data.Villages.GetValueOrDefault(model.VillageId ?? "")?.Name,
                now.Households,
                model.TargetHouseholds,
                now.Sales,
                now.Revenue,
                total.Revenue,
                model.TargetRevenue,
                PeriodReport.Round(IndicatorValues.Percent(total.Revenue, model.TargetRevenue)),
                now.Trainings,
                now.Running ? T.Yes : T.No
            );
        }
        foreach (var model in data.Models)
            Detail(workbook, stores.Catalogue, data, model, period, subtitle);
    }

    private static void Detail(
        XLWorkbook workbook,
        CatalogueStore catalogue,
        ProgressData data,
        ProductionModel model,
        Period period,
        string subtitle
    )
    {
        var sheet = new ReportSheet(
            workbook,
            $"MH {model.Name}",
            $"{model.Name} — {T.PeriodModelSales(period.Label)}",
            subtitle,
            ("Mã báo cáo", 11),
            ("Ngày bán", 12),
            ("Bản", 12),
            ("Hộ bán", 24),
            ("Sản phẩm", 14),
            ("Số lượng", 10),
            ("Đơn vị", 8),
            ("Đơn giá (đồng)", 14),
            ("Thành tiền (đồng)", 16),
            ("Người mua", 14)
        );
        foreach (
            var (report, sale) in data.Sales(period.From, period.To).Where(s => ProgressData.Belongs(model, s.Report))
        )
            sheet.Row(
                report.Code,
                ProgressData.Day(report),
                data.Villages.GetValueOrDefault(report.VillageId)?.Name,
                sale.Household,
                sale.OtherProduct is { } other
                    ? Core.Reports.Export.ExportContext.Text(other)
                    : catalogue.Name(CatalogueLists.Products, sale.Product),
                sale.Quantity,
                Quantity.UnitName(sale.Unit),
                sale.UnitPrice,
                sale.Total,
                catalogue.Name(CatalogueLists.Buyers, sale.Buyer)
            );
    }
}
