namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// What <see cref="SentenceReader"/> understood: an intent (<see cref="Intents"/>, or null) and the answers the
/// sentence gave, keyed by step key and stored exactly as the steps store them ("product": "buffalo",
/// "quantity": "2 con" (Quantity.Store), "amount": "30000000" (invariant), "price_kind": "unit" | "total",
/// "date": "2026-11-24", "participants": "25" …). <see cref="Date"/> is the problem of a date the sentence gave
/// that could not be kept ("ngày mai": Future), so the flow can say why it asks again; None otherwise.
/// </summary>
public sealed record SentenceReading(string? Intent, IReadOnlyDictionary<string, string> Slots, DateProblem Date)
{
    public static readonly SentenceReading Nothing = new(null, new Dictionary<string, string>(), DateProblem.None);
}
