using System.Globalization;
using System.Text;

namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// Loose matching of what people type: lower case, no diacritics, "đ" as "d", emoji and punctuation
/// dropped, spaces collapsed. "Thẩm Phé", "tham phe" and "THAM-PHE" share the key "tham phe".
/// </summary>
public static class TextKey
{
    /// <summary>Lone surrogates (a broken emoji) become U+FFFD: Unicode normalization throws on them.</summary>
    public static string Clean(string text)
    {
        if (!text.Any(char.IsSurrogate))
            return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(text[i]).Append(text[++i]);
                continue;
            }
            sb.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
        }
        return sb.ToString();
    }

    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var decomposed = Clean(text).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark)
                continue;
            var c = ch switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(ch),
            };
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                    sb.Append(' ');
                pendingSpace = false;
                sb.Append(c);
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// True when <paramref name="input"/> names <paramref name="candidate"/> exactly or as its first words.
    /// </summary>
    public static bool Matches(string input, string candidate)
    {
        var a = Of(input);
        var b = Of(candidate);
        if (a.Length == 0 || b.Length == 0)
            return false;
        return a == b || b.StartsWith(a + " ", StringComparison.Ordinal);
    }

    /// <summary>
    /// Lower case without diacritics ("đ" as "d"), spaces collapsed, every other character kept: for numbers with
    /// units.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var decomposed = Clean(text.Trim()).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
                continue;
            var c = ch switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(ch),
            };
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                    sb.Append(' ');
            }
            else
                sb.Append(c);
        }
        return sb.ToString().TrimEnd();
    }
}
