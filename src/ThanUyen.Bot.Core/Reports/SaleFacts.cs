namespace ThanUyen.Bot.Core.Reports;

public sealed class SaleFacts
{
    public string Product { get; set; } = "";
    public decimal Quantity { get; set; }

    /// <summary>"con", "kg", "qua", "lit".</summary>
    public string Unit { get; set; } = "";
    public decimal UnitPrice { get; set; }
    public decimal Total { get; set; }
    public string Buyer { get; set; } = "";
    public string? Household { get; set; }
}
