namespace ThanUyen.Bot.Core.Parsing;

/// <summary>The usual unit price of a product, in đồng per unit: shown as "Thường 15–40 triệu/con".</summary>
public sealed record UsualRange(decimal Low, decimal High);
