namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// The outcome of <see cref="PriceRange.Check"/>: whether the price is far from the usual, and the usual range
/// to show beside it (null when nothing is known of the product).
/// </summary>
public sealed record PriceCheck(bool Unusual, UsualRange? Usual);
