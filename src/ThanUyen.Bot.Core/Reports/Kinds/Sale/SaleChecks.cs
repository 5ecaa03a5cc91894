using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Conversations;
using ThanUyen.Bot.Core.Parsing;

namespace ThanUyen.Bot.Core.Reports.Kinds.Sale;

/// <summary>
/// Mistakes caught before a sale is saved, shown at the confirm step with "— vẫn lưu?" (never refused): the same
/// sale sent again (a re-send on weak signal: same person, product, quantity and amount within
/// <see cref="DuplicateDays"/> days), and a unit price far from what this village usually gets for the product
/// (or, with little history, the product's default range).
/// </summary>
public static class SaleChecks
{
    public const int DuplicateDays = 3;

    public static IEnumerable<string> Warnings(Turn turn, Answers answers, ConversationState state, SalePrices prices)
    {
        if (turn.Member is not { } member || answers.Get("quantity") is not { } stored)
            yield break;
        var quantity = Quantity.FromStored(stored);
        var (unitPrice, total) = SaleReportFlow.Prices(answers);
        var product = answers.Text("product");
        var other = answers.Get("product_other");
        if (Duplicate(turn, member, product, other, quantity, total, state.ReportCode) is { } earlier)
            yield return T.LikelyDuplicate(
                earlier.Code,
                turn.Options.ToLocal(earlier.ReceivedAt)
                    .ToString("dd'/'MM", System.Globalization.CultureInfo.InvariantCulture)
            );
        var village = answers.Get("village") ?? member.VillageId;
        if (other is not null || village is null || unitPrice <= 0)
            yield break;
        var earlierPrices = prices.Of(turn, village, product, quantity.Unit, state.ReportCode);
        var check = PriceRange.Check(unitPrice, earlierPrices, product, quantity.Unit);
        if (!check.Unusual || check.Usual is not { } usual)
            yield break;
        var unit = Quantity.UnitName(quantity.Unit);
        yield return T.UnusualPrice(
            quantity.ToString(),
            turn.Catalogue.Name(CatalogueLists.Products, product).ToLowerInvariant(),
            Money.Format(total),
            quantity.Amount == 1 ? null : $"{Money.Format(unitPrice)}/{unit}",
            PriceRange.Describe(usual, quantity.Unit)
        );
    }

    private static Report? Duplicate(
        Turn turn,
        Member member,
        string product,
        string? other,
        Quantity quantity,
        decimal total,
        string? editing
    ) =>
        turn
            .Reports.LatestBy(member.Id, 20)
            .Where(r => r.FlowId == SaleReportFlow.FlowId && r.Code != editing)
            .Where(r => r.ReceivedAt >= turn.Now.AddDays(-DuplicateDays))
            .FirstOrDefault(r =>
                r.FactsAs<SaleFacts>() is { } s
                && s.Product == product
                && s.OtherProduct == other
                && s.Quantity == quantity.Amount
                && s.Unit == quantity.Unit
                && s.Total == total
            );
}
