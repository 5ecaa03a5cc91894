using System.Text.RegularExpressions;

namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// Amounts in đồng: "12tr", "12 triệu", "1tr2" (1,2 triệu), "500k", "500 nghìn", "1.500.000", "1,2 tỷ".
/// </summary>
public static partial class Money
{
    public const decimal Max = 100_000_000_000m;

    [GeneratedRegex(@"^(?<n>[\d.,]+)\s*(?<unit>[a-z ]*?)\s*(?<tail>\d{1,3})?$")]
    private static partial Regex Shape();

    public static bool TryParse(string? text, out decimal amount)
    {
        amount = 0;
        // "₫" is how amounts are printed (and copied back): read it as "đ".
        var key = TextKey.Fold(text?.Replace('₫', 'd'));
        var m = Shape().Match(key);
        if (!m.Success || !VietnameseNumber.TryParse(m.Groups["n"].Value, out var number))
            return false;
        var unit = m.Groups["unit"].Value.Replace(" ", "", StringComparison.Ordinal);
        decimal? multiplier = unit switch
        {
            "" or "d" or "dong" or "vnd" or "vnđ" => 1m,
            "k" or "nghin" or "ngan" or "ng" => 1_000m,
            "tr" or "trieu" or "m" or "cu" => 1_000_000m,
            "ty" or "ti" => 1_000_000_000m,
            _ => null,
        };
        if (multiplier is null)
            return false;
        var tail = m.Groups["tail"].Value;
        if (tail.Length > 0)
        {
            // "1tr2" means 1,2 triệu and "12tr500" means 12,5 triệu: the tail is the next digits.
            if (multiplier < 1_000m || number != decimal.Truncate(number))
                return false;
            number += decimal.Parse("0." + tail, System.Globalization.CultureInfo.InvariantCulture);
        }
        amount = decimal.Round(number * multiplier.Value, 0, MidpointRounding.AwayFromZero);
        return amount > 0 && amount <= Max;
    }

    /// <summary>"1.250.000 ₫".</summary>
    public static string Format(decimal amount) => $"{VietnameseNumber.Format(decimal.Round(amount, 0))} ₫";

    /// <summary>"1,25 triệu" for amounts of a million and more, else "850.000 ₫".</summary>
    public static string FormatShort(decimal amount) =>
        amount switch
        {
            >= 1_000_000_000m => $"{VietnameseNumber.Format(decimal.Round(amount / 1_000_000_000m, 2))} tỷ",
            >= 1_000_000m => $"{VietnameseNumber.Format(decimal.Round(amount / 1_000_000m, 2))} triệu",
            _ => Format(amount),
        };
}
