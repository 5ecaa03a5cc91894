namespace ThanUyen.Bot.Core.Reports.Kinds.Sale;

public sealed class SaleFacts : ReportFacts
{
    /// <summary>Catalogue list "products".</summary>
    public string Product { get; set; } = "";

    /// <summary>The name typed for a product the catalogue does not have ("other").</summary>
    public string? OtherProduct { get; set; }
    public decimal Quantity { get; set; }

    /// <summary>"con", "kg", "qua", "lit".</summary>
    public string Unit { get; set; } = "";
    public decimal UnitPrice { get; set; }
    public decimal Total { get; set; }

    /// <summary>Catalogue list "buyers".</summary>
    public string Buyer { get; set; } = "";
    public string? Household { get; set; }

    /// <summary>The register's household (null for sales saved before the register, or none given).</summary>
    public int? HouseholdId { get; set; }
}
