using System.Globalization;
using System.Text.RegularExpressions;

namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// Numbers as Vietnamese people type them: "." groups thousands ("1.500.000"), "," is the decimal
/// mark ("1,5"). A lone "." before one or two digits ("1.5") is read as a decimal mark too.
/// </summary>
public static partial class VietnameseNumber
{
    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+(,\d+)?$")]
    private static partial Regex DotThousands();

    [GeneratedRegex(@"^\d{1,3}(,\d{3}){2,}(\.\d+)?$")]
    private static partial Regex CommaThousands();

    [GeneratedRegex(@"^\d+([.,]\d+)?$")]
    private static partial Regex Plain();

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var s = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        if (s.Length > 30)
            return false;
        string invariant;
        if (DotThousands().IsMatch(s))
            invariant = s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        else if (CommaThousands().IsMatch(s))
            invariant = s.Replace(",", "", StringComparison.Ordinal);
        else if (Plain().IsMatch(s))
            invariant = s.Replace(',', '.');
        else
            return false;
        return decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^[0-9][0-9.,]*")]
    private static partial Regex LeadingDigits();

    /// <summary>
    /// A whole number: "25", "1.200", "25 người" (a trailing word is allowed), "40%" and "25người" (a sign or
    /// word glued after the digits), "hai mươi lăm người" (words), "không" (0).
    /// </summary>
    public static bool TryParseWhole(string? text, out int value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var trimmed = text.Trim();
        decimal d;
        if (char.IsLetter(trimmed[0]))
        {
            if (!NumberWords.TryReadAt(Words.Of(trimmed), 0, out d, out _))
                return false;
        }
        else
        {
            // Only the digits at the start count: "40%" was refused while "40 %" was read.
            var first = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            var digits = LeadingDigits().Match(first);
            if (!digits.Success || !TryParse(digits.Value.TrimEnd('.', ','), out d))
                return false;
        }
        if (d != decimal.Truncate(d) || d > int.MaxValue)
            return false;
        value = (int)d;
        return true;
    }

    /// <summary>"1,5" / "1.250.000": vi-VN formatting with no trailing zeros.</summary>
    public static string Format(decimal value) =>
        value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.###", Vietnamese.Culture);
}
