namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// Words for "last week" ("tuần trước", "tuan truoc", "tuần rồi", "last") and "this week" ("tuần này"),
/// for commands such as /digest that take a week.
/// </summary>
public static class WeekWords
{
    private static readonly string[][] LastWeek =
    [
        ["tuan", "truoc"],
        ["tuantruoc"],
        ["tuan", "roi"],
        ["tuan", "qua"],
        ["tuan", "vua", "roi"],
        ["tuan", "vua", "qua"],
        ["last", "week"],
        ["last"],
        ["truoc"],
    ];

    private static readonly string[][] ThisWeek =
    [
        ["tuan", "nay"],
        ["tuannay"],
        ["this", "week"],
        ["nay"],
    ];

    public static bool IsLastWeek(string? text) => Is(text, LastWeek);

    public static bool IsThisWeek(string? text) => Is(text, ThisWeek);

    /// <summary>
    /// Removes the first "last week" phrase from a command's words (any case and marks) and says whether there
    /// was one: "/digest tuần trước pha mu" leaves ["pha", "mu"].
    /// </summary>
    public static bool TakeLastWeek(List<string> words)
    {
        var keys = words.Select(TextKey.Of).ToList();
        foreach (var phrase in LastWeek)
        {
            for (var i = 0; i + phrase.Length <= keys.Count; i++)
            {
                if (phrase.Select((w, k) => keys[i + k] == w).All(x => x))
                {
                    words.RemoveRange(i, phrase.Length);
                    return true;
                }
            }
        }
        return false;
    }

    private static bool Is(string? text, string[][] phrases)
    {
        var key = TextKey.Of(text);
        return phrases.Any(p => string.Join(' ', p) == key);
    }
}
