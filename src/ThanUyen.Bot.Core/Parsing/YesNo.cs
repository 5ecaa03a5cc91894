namespace ThanUyen.Bot.Core.Parsing;

/// <summary>có / không and their everyday forms, with or without diacritics.</summary>
public static class YesNo
{
    private static readonly HashSet<string> Yes =
    [
        "co",
        "u",
        "uh",
        "um",
        "ok",
        "oke",
        "okay",
        "dung",
        "vang",
        "da",
        "yes",
        "y",
        "dong y",
        "co a",
        "vang a",
        "dung roi",
        "roi",
    ];
    private static readonly HashSet<string> No =
    [
        "khong",
        "ko",
        "k",
        "kg",
        "hong",
        "sai",
        "no",
        "n",
        "khong a",
        "chua",
        "thoi",
    ];

    public static bool? TryParse(string? text)
    {
        var key = TextKey.Of(text);
        if (Yes.Contains(key))
            return true;
        if (No.Contains(key))
            return false;
        return null;
    }
}
