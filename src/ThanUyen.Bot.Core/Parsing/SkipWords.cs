namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// One set of words that skips any optional question: "bỏ qua", "ko", "không", "không có", "không có ảnh",
/// "chưa có", "-", "skip" … ("không có" followed by up to two words: "không có ảnh", "không có khó khăn").
/// It only answers whether the text is a skip word; a required question must not store one as its answer.
/// "bỏ" alone is not a skip word: it is also "bò" (cattle) typed without marks.
/// </summary>
public static class SkipWords
{
    private static readonly HashSet<string> Phrases =
    [
        "bo qua",
        "boqua",
        "bo qua nhe",
        "qua cau nay",
        "skip",
        "ko",
        "k",
        "khong",
        "hong",
        "khong can",
        "ko can",
        "khong biet",
        "ko biet",
        "chua biet",
        "khong nho",
    ];

    private static readonly string[] NoneOf = ["khong co", "ko co", "k co", "chua co", "hong co"];

    private static readonly HashSet<string> Signs = ["-", "--", "–", "—", ".", "..", "..."];

    public static bool IsSkip(string? text)
    {
        var raw = text?.Trim() ?? "";
        if (Signs.Contains(raw))
            return true;
        var key = TextKey.Of(raw);
        if (Phrases.Contains(key))
            return true;
        foreach (var none in NoneOf)
        {
            if (key == none)
                return true;
            // "không có ảnh", "không có khó khăn gì": nothing to give, in the person's words.
            if (
                key.StartsWith(none + " ", StringComparison.Ordinal)
                && key.Split(' ').Length <= none.Split(' ').Length + 3
            )
                return true;
        }
        return false;
    }
}
