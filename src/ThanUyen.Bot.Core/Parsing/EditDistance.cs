namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// Damerau–Levenshtein distance (optimal string alignment: a swap of two neighbours counts one), the measure of
/// typos in typed names: "tham pe" → "tham phe" is 1, "thuong lay" → "thuong lai" is 1.
/// </summary>
public static class EditDistance
{
    /// <summary>
    /// The distance, or <paramref name="max"/> + 1 as soon as it is surely above <paramref name="max"/>.
    /// </summary>
    public static int Between(string a, string b, int max = int.MaxValue - 1)
    {
        if (Math.Abs(a.Length - b.Length) > max)
            return max + 1;
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
            rows[r] = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            rows[0][j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var (twoBack, previous, current) = (rows[(i + 1) % 3], rows[(i + 2) % 3], rows[i % 3]);
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d = Math.Min(d, twoBack[j - 2] + 1);
                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }
            if (rowMin > max)
                return max + 1;
        }
        return Math.Min(rows[a.Length % 3][b.Length], max + 1);
    }
}
