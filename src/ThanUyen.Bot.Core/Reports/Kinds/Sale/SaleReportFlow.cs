using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Reports.Kinds.Sale;

/// <summary>
/// /sale (/banhang): what was sold, how much, for how much, to whom. Unit price or total — the other is computed.
/// </summary>
public sealed class SaleReportFlow : IFlow
{
    /// <summary>
    /// The village's recent prices, for the plausibility check: lives as long as the flow (the service).
    /// </summary>
    private readonly SalePrices _prices = new();

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
        )
        {
            ProductWords = ProductWords,
        },
        // The amount may come first, typed at this question ("30 triệu cả hai"): it is then not asked again.
        new PriceKindStep("price_kind", "Cách tính giá", "amount", (turn, a) => Quantity.UnitName(UnitOf(turn, a))),
        new MoneyStep(
            "amount",
            "Số tiền",
            (turn, a) => a.Is("price_kind", "unit") ? T.AskUnitPrice(Quantity.UnitName(UnitOf(turn, a))) : T.AskTotal
        )
        {
            BasisKey = "price_kind",
        },
        new CatalogueChoiceStep("buyer", "Người mua", T.AskBuyer, CatalogueLists.Buyers),
        new DateStep("date", "Ngày bán", T.AskSaleDate) { What = "ngày bán" },
        new Register.HouseholdStep("household", "Hộ bán", T.AskHousehold) { Optional = true },
    ];

    /// <summary>"2 con trâu": the product's label and synonyms (or the name typed) may follow the quantity.</summary>
    private static IReadOnlyCollection<string> ProductWords(Turn turn, Answers a) =>
        a.Get("product_other") is { } typed ? (VoiceAnswer.Is(typed) ? [] : [typed])
        : turn.Catalogue.Options(CatalogueLists.Products).FirstOrDefault(o => o.Value == a.Get("product"))
            is { } product
            ? [product.Label, .. product.Synonyms]
        : [];

    public IEnumerable<string> Warnings(Turn turn, Answers answers, ConversationState state) =>
        SaleChecks.Warnings(turn, answers, state, _prices);

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
        var name = facts.OtherProduct is { } other
            ? VoiceAnswer.Show(other)
            : turn.Catalogue.Label(CatalogueLists.Products, facts.Product);
        ReportWriter.Save(
            turn,
            this,
            state,
            answers,
            answers.Date("date")!.Value,
            facts,
            T.SaleSummary(name, quantity.ToString(), Money.Format(total))
        );
        if (state.ReportCode is null && village.Length > 0)
            _prices.Saved(village, facts);
    }
}
