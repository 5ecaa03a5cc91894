namespace ThanUyen.Bot.Core.Texts;

/// <summary>What the bot says of prices it checks.</summary>
public static partial class Texts
{
    /// <summary>"Thường 15–40 triệu/con": the usual unit price, beside a price that looks far from it.</summary>
    public static string UsualPrice(string low, string high, string scale, string unit) =>
        $"Thường {low}–{high} {scale}/{unit}";
}
