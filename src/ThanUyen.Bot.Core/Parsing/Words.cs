using System.Text;

namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// Splits a message into folded words for the readers of whole answers and sentences: lower case, no
/// diacritics, numbers kept whole ("1.500.000", "1,5", "15/5"), a number glued to a word split off
/// ("2con" → "2", "con"; "30tr" → "30", "tr"), "/" and "%" kept as words of their own since they mean
/// "per" and "percent". Every other sign separates words. Letters before digits stay together ("t2", "tr2")
/// so that weekdays and "1tr2" still read.
/// </summary>
public static class Words
{
    /// <summary>Longer messages are not answers: only their first words are read.</summary>
    public const int MaxWords = 60;

    public static string[] Of(string? text)
    {
        var s = TextKey.Fold(text?.Replace('₫', 'd'));
        var words = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length > 0 && words.Count < MaxWords)
                words.Add(current.ToString());
            current.Clear();
        }
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (IsDigit(c) || char.IsLetter(c))
            {
                // "2con", "30tr": a number glued to the word after it is two words.
                if (current.Length > 0 && char.IsLetter(c) && IsDigit(current[^1]))
                    Flush();
                current.Append(c);
                continue;
            }
            var betweenDigits = current.Length > 0 && IsDigit(current[^1]) && i + 1 < s.Length && IsDigit(s[i + 1]);
            if (betweenDigits && c is '.' or ',' or '/' or '-')
            {
                current.Append(c);
                continue;
            }
            // "-5tr" stays one unreadable word: a minus sign is not a dash to drop.
            if (c == '-' && current.Length == 0 && i + 1 < s.Length && IsDigit(s[i + 1]))
            {
                current.Append(c);
                continue;
            }
            Flush();
            if (c is '/' or '%' && words.Count < MaxWords)
                words.Add(c.ToString());
        }
        Flush();
        return [.. words];
    }

    /// <summary>ASCII digits only: other scripts' digits are not numbers people here type.</summary>
    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>A word written in digits that reads as a number ("25", "1.500.000", "1,5").</summary>
    public static bool IsNumber(string word, out decimal value)
    {
        value = 0;
        return word.Length > 0 && IsDigit(word[0]) && VietnameseNumber.TryParse(word, out value);
    }

    public static string Join(IReadOnlyList<string> words, int start, int count) =>
        string.Join(' ', words.Skip(start).Take(count));
}
