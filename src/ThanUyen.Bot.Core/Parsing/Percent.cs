namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// How far a work has come: "40%", "40 %", "được 40% rồi", "40 phần trăm", "bốn mươi phần trăm", "40";
/// "xong", "xong rồi", "hoàn thành" mean 100. A number with "%" wins over other numbers ("40% năm nay").
/// Decimals are rounded ("33,5%" → 34). The range (0–100) is the caller's check, so it can say so.
/// </summary>
public static class Percent
{
    private static readonly HashSet<string> Done =
    [
        "xong",
        "xong roi",
        "da xong",
        "lam xong",
        "xong het",
        "hoan thanh",
        "hoan thanh roi",
        "da hoan thanh",
        "hoan thien",
        "da hoan thien",
    ];

    public static bool TryParse(string? text, out int percent)
    {
        percent = 0;
        var words = Words.Of(text);
        if (Done.Contains(string.Join(' ', words)))
        {
            percent = 100;
            return true;
        }
        var used = new bool[words.Length];
        var plain = new List<decimal>();
        var marked = new List<decimal>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!Spans.Number(words, used, i, out var n, out var count))
                continue;
            var after = i + count;
            var isMarked =
                after < words.Length
                && (words[after] == "%" || (words[after] == "phan" && At(words, after + 1, "tram")));
            (isMarked ? marked : plain).Add(n);
            i = after - 1;
        }
        var found =
            marked.Count == 1 ? marked[0]
            : marked.Count == 0 && plain.Count == 1 ? plain[0]
            : (decimal?)null;
        if (found is not { } value || value > int.MaxValue)
            return false;
        percent = (int)decimal.Round(value, 0, MidpointRounding.AwayFromZero);
        return true;
    }

    private static bool At(string[] words, int i, string word) => i < words.Length && words[i] == word;
}
