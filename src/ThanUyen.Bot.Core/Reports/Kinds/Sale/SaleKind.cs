using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Digests;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Reports.Export;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Core.Reports.Kinds.Sale;

/// <summary>Livestock and produce sales as summaries, an export sheet and a digest section with its chart.</summary>
public sealed class SaleKind(Stores stores) : IReportKind
{
    private CatalogueStore Catalogue => stores.Catalogue;
    public string FlowId => SaleReportFlow.FlowId;
    public string Name => "Bán hàng";
    public string FileName => "ban-hang";

    private static SaleFacts F(Report r) => r.FactsAs<SaleFacts>()!;

    /// <summary>"🐃 Trâu", or the name typed for another product.</summary>
    public string Product(SaleFacts s) =>
        s.OtherProduct is { } other
            ? Conversations.VoiceAnswer.Show(other)
            : Catalogue.Label(CatalogueLists.Products, s.Product);

    public string OneLine(Report report) =>
        report.FactsAs<SaleFacts>() is { } s
            ? $"{Product(s)} {new Quantity(s.Quantity, s.Unit)} — {Money.Format(s.Total)}"
            : report.Code;

    public IReadOnlyList<ExportColumn<Report>> Columns(ExportContext context) =>
        [
            new(T.ColumnCode, r => r.Code),
            new("Ngày bán", r => r.EventDate),
            .. context.Place(),
            new(
                "Sản phẩm",
                r =>
                    ExportContext.Text(F(r).OtherProduct) is { Length: > 0 } other
                        ? other
                        : Catalogue.Name(CatalogueLists.Products, F(r).Product)
            ),
            new("Số lượng", r => F(r).Quantity),
            new("Đơn vị", r => Quantity.UnitName(F(r).Unit)),
            new("Đơn giá (đồng)", r => F(r).UnitPrice),
            new("Thành tiền (đồng)", r => F(r).Total),
            new("Người mua", r => Catalogue.Name(CatalogueLists.Buyers, F(r).Buyer)),
            new("Hộ bán", r => F(r).Household),
        ];

    public DigestSection Digest(DigestInput input, IReadOnlyList<Report> thisWeek, IReadOnlyList<Report> previousWeek)
    {
        var revenue = thisWeek.Sum(r => F(r).Total);
        var previous = previousWeek.Sum(r => F(r).Total);
        var lines = new List<string>
        {
            T.DigestSales(Money.Format(revenue), DigestBuilder.Trend(revenue, previous, Money.FormatShort)),
        };
        var bars = new List<(string, double)>();
        foreach (
            var product in thisWeek
                .GroupBy(r => (F(r).Product, F(r).OtherProduct, F(r).Unit))
                .OrderByDescending(g => g.Sum(r => F(r).Total))
        )
        {
            var name = Product(F(product.First()));
            var quantity = product.Sum(r => F(r).Quantity);
            var total = product.Sum(r => F(r).Total);
            var average = quantity == 0 ? 0 : total / quantity;
            lines.Add(
                T.DigestSaleLine(
                    name,
                    new Quantity(quantity, product.Key.Unit).ToString(),
                    Money.Format(total),
                    Money.Format(average),
                    Quantity.UnitName(product.Key.Unit)
                )
            );
            bars.Add((name, (double)(total / 1_000_000m)));
        }
        return new DigestSection(lines) { Chart = new ChartPanel(T.ChartRevenueTitle, bars) };
    }
}
