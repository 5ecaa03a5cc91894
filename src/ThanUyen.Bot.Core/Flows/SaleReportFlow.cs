using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;
using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Flows;

/// <summary>
/// /sale (/banhang): what was sold, how much, for how much, to whom. Unit price or total — the other is computed.
/// </summary>
public sealed class SaleReportFlow : IFlow
{
    public string Id => "sale";
    public string Title => "🐄 Bán hàng";
    public IReadOnlyList<string> Commands => ["sale", "banhang"];
    public string Description => "Báo cáo bán vật nuôi, nông sản";
    public bool NeedsConfirm => true;

    public bool IsAllowed(Member member) => member.Role is Role.Member or Role.Admin;

    public static readonly Option[] Products =
    [
        new("cattle", "🐄 Bò", "bo", "con bo"),
        new("buffalo", "🐃 Trâu", "trau"),
        new("chicken", "🐔 Gà đen", "ga", "ga den"),
        new("watermelon", "🍉 Dưa hấu", "dua", "dua hau"),
        new("vegetables", "🥬 Rau", "rau"),
        new("honey", "🍯 Mật ong", "mat ong", "mat"),
        new("other", "📦 Khác", "khac"),
    ];

    public static readonly Option[] Buyers =
    [
        new("trader", "🚚 Thương lái", "thuong lai", "lai buon", "buon"),
        new("coop", "🏢 Hợp tác xã", "htx", "hop tac xa"),
        new("market", "🏪 Chợ", "cho"),
        new("neighbour", "🏘️ Hàng xóm", "hang xom", "nguoi trong ban"),
        new("other", "📌 Khác", "khac"),
    ];

    public static string DefaultUnit(string? product) =>
        product switch
        {
            "cattle" or "buffalo" or "chicken" => Quantity.Head,
            "honey" => Quantity.Litre,
            _ => Quantity.Kg,
        };

    private static string UnitOf(Answers a) =>
        a.Get("quantity") is { } q ? Quantity.FromStored(q).Unit : DefaultUnit(a.Get("product"));

    public IReadOnlyList<Step> Steps { get; } =
    [
        new ChoiceStep("product", "Sản phẩm", T.AskProduct, Products),
        new TextStep("product_other", "Tên sản phẩm", T.AskOtherProduct)
        {
            SkipWhen = (_, a) => !a.Is("product", "other"),
            DependsOn = ["product"],
        },
        ReportWriter.VillageStep(),
        new QuantityStep(
            "quantity",
            "Số lượng",
            (_, a) => T.AskQuantity(Quantity.UnitName(DefaultUnit(a.Get("product")))),
            a => DefaultUnit(a.Get("product"))
        ),
        new ChoiceStep(
            "price_kind",
            "Cách tính giá",
            (_, a) => T.AskPriceKind,
            (_, a) =>
                [
                    new Option("unit", T.PricePerUnit(Quantity.UnitName(UnitOf(a))), "gia", "moi", "don gia"),
                    new Option("total", T.PriceTotal, "tong", "tong tien"),
                ]
        ),
        new MoneyStep(
            "amount",
            "Số tiền",
            (_, a) => a.Is("price_kind", "unit") ? T.AskUnitPrice(Quantity.UnitName(UnitOf(a))) : T.AskTotal
        )
        {
            DependsOn = ["price_kind"],
        },
        new ChoiceStep("buyer", "Người mua", T.AskBuyer, Buyers),
        new DateStep("date", "Ngày bán", T.AskSaleDate),
        new TextStep("household", "Hộ bán", T.AskHousehold) { Optional = true },
    ];

    public static (decimal UnitPrice, decimal Total) Prices(Answers a)
    {
        var quantity = Quantity.FromStored(a.Text("quantity")).Amount;
        var amount = a.Amount("amount") ?? 0;
        return a.Is("price_kind", "unit")
            ? (amount, decimal.Round(amount * quantity, 0))
            : (decimal.Round(amount / quantity, 0), amount);
    }

    public IEnumerable<string> ExtraSummary(Turn turn, Answers answers)
    {
        var (unitPrice, total) = Prices(answers);
        var unit = Quantity.UnitName(UnitOf(answers));
        yield return answers.Is("price_kind", "unit")
            ? $"• {T.TotalLabel}: {Money.Format(total)}"
            : $"• {T.UnitPriceLabel(unit)}: {Money.Format(unitPrice)}";
    }

    public void Complete(Turn turn, Answers answers, ConversationState state)
    {
        var quantity = Quantity.FromStored(answers.Text("quantity"));
        var (unitPrice, total) = Prices(answers);
        var facts = new SaleFacts
        {
            Product = answers.Text("product"),
            Quantity = quantity.Amount,
            Unit = quantity.Unit,
            UnitPrice = unitPrice,
            Total = total,
            Buyer = answers.Text("buyer"),
            Household = answers.Get("household"),
        };
        var name = answers.Get("product_other") ?? Products.First(p => p.Value == facts.Product).Label;
        ReportWriter.Save(
            turn,
            this,
            state,
            answers,
            ReportKind.Sale,
            ReportWriter.VillageOf(turn, answers) ?? "",
            answers.Date("date")!.Value,
            r => r.Sale = facts,
            T.SaleSummary(name, quantity.ToString(), Money.Format(total))
        );
    }
}
