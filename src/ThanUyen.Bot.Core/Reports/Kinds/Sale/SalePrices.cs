using System.Collections.Concurrent;
using ThanUyen.Bot.Core.Conversations;

namespace ThanUyen.Bot.Core.Reports.Kinds.Sale;

/// <summary>
/// The unit prices a village's recent sales got, kept in memory for the plausibility check at the confirm
/// step: read from the stores once per village (its latest <see cref="History"/> sales), then added to as
/// sales are saved. A heuristic: a sale saved in a transaction that rolls back, or an old sale edited, may
/// leave one price off until the next start — it only shapes a "— vẫn lưu?" question.
/// </summary>
public sealed class SalePrices
{
    public const int History = 200;
    private readonly ConcurrentDictionary<string, List<SaleFacts>> _byVillage = new();

    /// <summary>
    /// Earlier unit prices of this product, in this unit, in this village (not the report being edited).
    /// </summary>
    public List<decimal> Of(Turn turn, string village, string product, string unit, string? editing)
    {
        var sales = _byVillage.GetOrAdd(village, v => Load(turn, v, editing));
        lock (sales)
            return sales
                .Where(s => s.Product == product && s.OtherProduct is null && s.Unit == unit)
                .Select(s => s.UnitPrice)
                .ToList();
    }

    /// <summary>A sale was saved: its price joins the village's, when the village's prices are already read.</summary>
    public void Saved(string village, SaleFacts sale)
    {
        if (!_byVillage.TryGetValue(village, out var sales))
            return;
        lock (sales)
        {
            sales.Insert(0, sale);
            if (sales.Count > History)
                sales.RemoveAt(sales.Count - 1);
        }
    }

    private static List<SaleFacts> Load(Turn turn, string village, string? editing) =>
        turn
            .Reports.LatestIn(SaleReportFlow.FlowId, village, History)
            .Where(r => r.Code != editing)
            .Select(r => r.FactsAs<SaleFacts>())
            .OfType<SaleFacts>()
            .ToList();
}
