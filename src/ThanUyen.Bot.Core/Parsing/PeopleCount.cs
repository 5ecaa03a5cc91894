namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// Who came to a meeting, said in one answer: "25", "25 người", "hai mươi lăm người", "25 nguoi, 14 nu",
/// "25 người trong đó 14 nữ", "25 nguoi 14 phu nu", "25 người, nữ 14". The total is the number with "người"
/// (or the first bare number); women the number beside "nữ"/"phụ nữ"/"chị em". Men ("11 nam") are allowed and
/// not returned. A number whose role is unclear makes the whole answer unread rather than guessed. Whether
/// women ≤ total is the caller's check, so it can say so.
/// </summary>
public static class PeopleCount
{
    private static readonly HashSet<string> PeopleWords = ["nguoi", "ng", "thanh"];
    private static readonly HashSet<string> WomenWords = ["nu", "phu", "chi"];
    private static readonly HashSet<string> MenWords = ["nam", "dan", "anh"];

    public static bool TryRead(string? text, out int total, out int? women)
    {
        (total, women) = (0, null);
        var words = Words.Of(text);
        var used = new bool[words.Length];
        int? people = null,
            woman = null;
        var bare = new List<int>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!Spans.Number(words, used, i, out var value, out var count))
                continue;
            if (value != decimal.Truncate(value) || value is < 0 or > 1_000_000)
                return false;
            var n = (int)value;
            var after = i + count < words.Length ? words[i + count] : "";
            var before = i > 0 ? words[i - 1] : "";
            if (PeopleWords.Contains(after) && people is null)
                people = n;
            else if (
                woman is null
                && (WomenWords.Contains(after) || (WomenWords.Contains(before) && after.Length == 0))
            )
                woman = n;
            else if (woman is null && WomenWords.Contains(before) && !PeopleWords.Contains(after))
                woman = n;
            else if (MenWords.Contains(after))
            {
                // "11 nam" (men): allowed, not asked for.
            }
            else
                bare.Add(n);
            i += count - 1;
        }
        if (people is null && bare.Count > 0)
        {
            people = bare[0];
            bare.RemoveAt(0);
        }
        if (people is null || bare.Count > 0)
            return false;
        (total, women) = (people.Value, woman);
        return true;
    }
}
