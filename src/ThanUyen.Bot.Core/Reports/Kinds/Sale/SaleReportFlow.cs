using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Reports.Kinds.Sale;

/// <summary>
/// /sale (/banhang): what was sold, how much, for how much, to whom. Unit price or total — the other is computed.
/// </summary>
public sealed class SaleReportFlow : IFlow
{
    public const string FlowId = "sale";
    public string Id => FlowId;
    public string Title => "🛒 Bán hàng";
    public IReadOnlyList<string> Commands => ["sale", "banhang"];
    public string Description => "Báo cáo bán vật nuôi, nông sản";
    public bool NeedsConfirm => true;

    public bool IsAllowed(Member member) => member.Role is Role.Member or Role.Admin;

    /// <summary>The unit a bare number means for this product ("con" for cattle), from the catalogue.</summary>
    public static string DefaultUnit(Turn turn, string? product) =>
        turn.Catalogue.Entries(CatalogueLists.Products).FirstOrDefault(p => p.Value == product)?.Unit ?? Quantity.Kg;

    private static string UnitOf(Turn turn, Answers a) =>
        a.Get("quantity") is { } q ? Quantity.FromStored(q).Unit : DefaultUnit(turn, a.Get("product"));

    public IReadOnlyList<Step> Steps { get; } =
    [
        new CatalogueChoiceStep("product", "Sản phẩm", T.AskProduct, CatalogueLists.Products),
        new TextStep("product_other", "Tên sản phẩm", T.AskOtherProduct)
        {
            SkipWhen = (_, a) => !a.Is("product", "other"),
            DependsOn = ["product"],
        },
        ReportWriter.VillageStep(),
        new QuantityStep(
            "quantity",
            "Số lượng",
            (turn, a) => T.AskQuantity(Quantity.UnitName(DefaultUnit(turn, a.Get("product")))),
            (turn, a) => DefaultUnit(turn, a.Get("product"))
        ),
        new ChoiceStep(
            "price_kind",
            "Cách tính giá",
            (_, _) => T.AskPriceKind,
            (turn, a) =>
                [
                    new Option("unit", T.PricePerUnit(Quantity.UnitName(UnitOf(turn, a))), "gia", "moi", "don gia"),
                    new Option("total", T.PriceTotal, "tong", "tong tien"),
                ]
        ),
        new MoneyStep(
            "amount",
            "Số tiền",
            (turn, a) => a.Is("price_kind", "unit") ? T.AskUnitPrice(Quantity.UnitName(UnitOf(turn, a))) : T.AskTotal
        )
        {
            DependsOn = ["price_kind"],
        },
        new CatalogueChoiceStep("buyer", "Người mua", T.AskBuyer, CatalogueLists.Buyers),
        new DateStep("date", "Ngày bán", T.AskSaleDate),
        new Register.HouseholdStep("household", "Hộ bán", T.AskHousehold) { Optional = true },
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
        var unit = Quantity.UnitName(UnitOf(turn, answers));
        yield return answers.Is("price_kind", "unit")
            ? $"• {T.TotalLabel}: {Money.Format(total)}"
            : $"• {T.UnitPriceLabel(unit)}: {Money.Format(unitPrice)}";
    }

    public void Complete(Turn turn, Answers answers, ConversationState state)
    {
        var quantity = Quantity.FromStored(answers.Text("quantity"));
        var (unitPrice, total) = Prices(answers);
        var village =
            answers.Get("village")
            ?? (state.ReportCode is { } code ? turn.Reports.Find(code)?.VillageId : null)
            ?? turn.Member?.VillageId
            ?? "";
        var (household, householdId) = Register.HouseholdStep.Resolve(turn, answers.Get("household"), village);
        var facts = new SaleFacts
        {
            Product = answers.Text("product"),
            OtherProduct = answers.Get("product_other"),
            Quantity = quantity.Amount,
            Unit = quantity.Unit,
            UnitPrice = unitPrice,
            Total = total,
            Buyer = answers.Text("buyer"),
            Household = household,
            HouseholdId = householdId,
        };
        var name = facts.OtherProduct ?? turn.Catalogue.Label(CatalogueLists.Products, facts.Product);
        ReportWriter.Save(
            turn,
            this,
            state,
            answers,
            answers.Date("date")!.Value,
            facts,
            T.SaleSummary(name, quantity.ToString(), Money.Format(total))
        );
    }
}
