using System.Text.RegularExpressions;

namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// Amounts in đồng: "12tr", "12 triệu", "1tr2" (1,2 triệu), "500k", "500 nghìn", "1.500.000", "1,2 tỷ",
/// "30 triệu đồng", "1 triệu rưỡi" (1,5 triệu), "ba mươi triệu" (words). Zero is refused: callers that accept
/// "nothing" read it with <see cref="MoneyAnswer"/>.
/// </summary>
public static partial class Money
{
    public const decimal Max = 100_000_000_000m;

    [GeneratedRegex(@"^(?<n>[\d.,]+)\s*(?<unit>[a-z ]*?)\s*(?<tail>\d{1,3})?$")]
    private static partial Regex Shape();

    private static readonly Dictionary<string, decimal> Multipliers = new(StringComparer.Ordinal)
    {
        [""] = 1m,
        ["d"] = 1m,
        ["dong"] = 1m,
        ["vnd"] = 1m,
        ["k"] = 1_000m,
        ["nghin"] = 1_000m,
        ["ngan"] = 1_000m,
        ["ng"] = 1_000m,
        ["tr"] = 1_000_000m,
        ["trieu"] = 1_000_000m,
        ["m"] = 1_000_000m,
        ["cu"] = 1_000_000m,
        ["ty"] = 1_000_000_000m,
        ["ti"] = 1_000_000_000m,
    };

    public static bool TryParse(string? text, out decimal amount)
    {
        amount = 0;
        // "₫" is how amounts are printed (and copied back): read it as "đ".
        var key = TextKey.Fold(text?.Replace('₫', 'd'));
        if (!TryReadDigits(key, out var value) && !TryReadWords(key, out value))
            return false;
        amount = decimal.Round(value, 0, MidpointRounding.AwayFromZero);
        return amount > 0 && amount <= Max;
    }

    /// <summary>"12tr", "1tr2", "1.500.000 đồng", "1 triệu rưỡi": digits, then a unit, then maybe a tail.</summary>
    private static bool TryReadDigits(string key, out decimal value)
    {
        value = 0;
        var m = Shape().Match(key);
        if (!m.Success || !VietnameseNumber.TryParse(m.Groups["n"].Value, out var number))
            return false;
        var unit = m.Groups["unit"].Value.Replace(" ", "", StringComparison.Ordinal);
        // "30 triệu đồng": the currency word after the unit adds nothing.
        if (unit.Length > 4 && unit.EndsWith("dong", StringComparison.Ordinal))
            unit = unit[..^4];
        var half = unit.EndsWith("ruoi", StringComparison.Ordinal);
        if (half)
            unit = unit[..^4];
        if (!Multipliers.TryGetValue(unit, out var multiplier))
            return false;
        var tail = m.Groups["tail"].Value;
        if (half && (tail.Length > 0 || multiplier < 1_000m || number != decimal.Truncate(number)))
            return false;
        if (half)
            number += 0.5m;
        if (tail.Length > 0)
        {
            // "1tr2" means 1,2 triệu and "12tr500" means 12,5 triệu: the tail is the next digits.
            if (multiplier < 1_000m || number != decimal.Truncate(number))
                return false;
            number += decimal.Parse("0." + tail, System.Globalization.CultureInfo.InvariantCulture);
        }
        value = number * multiplier;
        return true;
    }

    /// <summary>"ba mươi triệu", "hai trăm nghìn đồng", "triệu rưỡi".</summary>
    private static bool TryReadWords(string key, out decimal value)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = words.Length > 1 && words[^1] is "dong" or "d" or "vnd" ? words.Length - 1 : words.Length;
        return NumberWords.TryRead(words, 0, count, out value);
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
