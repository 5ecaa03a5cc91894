namespace ThanUyen.Bot.Core.Storage;

/// <summary>Record of an inbound update already handled: a re-delivery of the same id is a no-op.</summary>
public sealed class ProcessedDelivery
{
    public string Id { get; set; } = "";
    public DateTime At { get; set; }
}
