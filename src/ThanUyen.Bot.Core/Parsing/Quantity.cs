using System.Globalization;
using System.Text.RegularExpressions;

namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// A quantity in one of the units sales use. Weights are kept in kg: "1,5 tạ" is 150 kg, "3 yến" 30 kg.
/// </summary>
public readonly partial record struct Quantity(decimal Amount, string Unit)
{
    public const string Head = "con",
        Kg = "kg",
        Piece = "qua",
        Litre = "lit";

    [GeneratedRegex(@"^(?<n>\d[\d.,]*)\s*(?<unit>[a-z ]*)$")]
    private static partial Regex Shape();

    /// <summary>
    /// Parses "3 con", "1,5 tạ", "200kg", "50 quả", "2 lít"; a bare number takes <paramref name="defaultUnit"/>.
    /// </summary>
    public static bool TryParse(string? text, string defaultUnit, out Quantity quantity)
    {
        quantity = default;
        var m = Shape().Match(TextKey.Fold(text));
        if (!m.Success || !VietnameseNumber.TryParse(m.Groups["n"].Value, out var n) || n <= 0)
            return false;
        var unit = m.Groups["unit"].Value.Trim();
        (decimal factor, string unit)? read = unit switch
        {
            "" => (1m, defaultUnit),
            "con" or "c" or "dau" => (1m, Head),
            "kg" or "kilo" or "ky" or "ki" or "can" or "kilogam" => (1m, Kg),
            "yen" => (10m, Kg),
            "ta" => (100m, Kg),
            "tan" => (1000m, Kg),
            "qua" or "trai" => (1m, Piece),
            "lit" or "l" or "lit mat" => (1m, Litre),
            _ => null,
        };
        if (read is null)
            return false;
        var amount = n * read.Value.factor;
        if (amount > 1_000_000m)
            return false;
        if (read.Value.unit is Head or Piece && amount != decimal.Truncate(amount))
            return false;
        quantity = new Quantity(amount, read.Value.unit);
        return true;
    }

    public static string UnitName(string unit) =>
        unit switch
        {
            Head => "con",
            Kg => "kg",
            Piece => "quả",
            Litre => "lít",
            _ => unit,
        };

    /// <summary>Stored form: "150 kg" with an invariant number.</summary>
    public string Store() => $"{Amount.ToString(CultureInfo.InvariantCulture)} {Unit}";

    public static Quantity FromStored(string stored)
    {
        var parts = stored.Split(' ', 2);
        return new Quantity(decimal.Parse(parts[0], CultureInfo.InvariantCulture), parts[1]);
    }

    /// <summary>"150 kg", "1,5 lít", "3 con".</summary>
    public override string ToString() => $"{VietnameseNumber.Format(Amount)} {UnitName(Unit)}";
}
