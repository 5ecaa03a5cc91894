namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// có / không and their everyday forms, with or without diacritics. Whole answers only: "chưa đúng" and
/// "không đúng" are no, never read as the "đúng" inside them.
/// </summary>
public static class YesNo
{
    private static readonly HashSet<string> Yes =
    [
        "co",
        "u",
        "uh",
        "uhm",
        "um",
        "u u",
        "ok",
        "oke",
        "oki",
        "okay",
        "ok roi",
        "dung",
        "dung roi",
        "dung vay",
        "dung the",
        "dung a",
        "chinh xac",
        "phai",
        "phai roi",
        "vang",
        "vang a",
        "da",
        "da vang",
        "da dung",
        "yes",
        "y",
        "dong y",
        "co a",
        "roi",
        "duoc",
        "duoc roi",
        "luu",
        "luu lai",
        "luu di",
    ];
    private static readonly HashSet<string> No =
    [
        "khong",
        "ko",
        "k",
        "kg",
        "hong",
        "khong a",
        "khong phai",
        "ko phai",
        "chua phai",
        "sai",
        "sai roi",
        "chua dung",
        "khong dung",
        "ko dung",
        "k dung",
        "sua",
        "sua lai",
        "nham",
        "nham roi",
        "no",
        "n",
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
