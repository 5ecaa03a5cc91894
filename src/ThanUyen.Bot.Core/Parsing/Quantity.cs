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

    /// <summary>Words that name a unit after a number ("2 con", "5 kg"); single letters are left out.</summary>
    public static readonly IReadOnlySet<string> UnitWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "con",
        "dau",
        "kg",
        "kilo",
        "ky",
        "ki",
        "can",
        "yen",
        "ta",
        "tan",
        "qua",
        "trai",
        "lit",
    };

    [GeneratedRegex(@"^(?<n>\d[\d.,]*)\s*(?<unit>[a-z ]*)$")]
    private static partial Regex Shape();

    /// <summary>
    /// Parses "3 con", "1,5 tạ", "200kg", "50 quả", "2 lít", "hai con"; a bare number takes
    /// <paramref name="defaultUnit"/>.
    /// </summary>
    public static bool TryParse(string? text, string defaultUnit, out Quantity quantity) =>
        TryParse(text, defaultUnit, [], out quantity);

    /// <summary>
    /// As <see cref="TryParse(string?, string, out Quantity)"/>, also reading "2 con trâu" and "5 gà đen" when
    /// the words after the unit name the product sold (<paramref name="productWords"/>: its label and synonyms,
    /// in any form). Another product's name ("2 con bò" when selling buffalo) is refused.
    /// </summary>
    public static bool TryParse(
        string? text,
        string defaultUnit,
        IReadOnlyCollection<string> productWords,
        out Quantity quantity
    )
    {
        quantity = default;
        var key = TextKey.Fold(text);
        string numberText,
            unitText;
        var m = Shape().Match(key);
        if (m.Success)
            (numberText, unitText) = (m.Groups["n"].Value, m.Groups["unit"].Value.Trim());
        else if (!SplitWords(key, out numberText, out unitText))
            return false;
        if ((!VietnameseNumber.TryParse(numberText, out var n) && !NumberWords.TryParse(numberText, out n)) || n <= 0)
            return false;
        var unit = WithoutProduct(unitText, productWords);
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

    /// <summary>"hai con": the longest run of number words at the start is the number, the rest the unit.</summary>
    private static bool SplitWords(string key, out string number, out string unit)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = words.Length; count > 0; count--)
        {
            if (NumberWords.TryRead(words, 0, count, out _))
            {
                (number, unit) = (Words.Join(words, 0, count), Words.Join(words, count, words.Length - count));
                return true;
            }
        }
        (number, unit) = ("", "");
        return false;
    }

    /// <summary>"con trau" → "con" when "trâu" is what was sold; "ga den" → "" (the default unit).</summary>
    private static string WithoutProduct(string unit, IReadOnlyCollection<string> productWords)
    {
        foreach (var word in productWords.Select(TextKey.Of).Where(w => w.Length > 0).OrderByDescending(w => w.Length))
        {
            if (unit == word)
                return "";
            if (unit.EndsWith(" " + word, StringComparison.Ordinal))
                return unit[..^(word.Length + 1)];
        }
        return unit;
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
