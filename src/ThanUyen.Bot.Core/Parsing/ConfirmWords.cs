namespace ThanUyen.Bot.Core.Parsing;

/// <summary>
/// Typed answers to the confirm question. Yes words save ("đúng rồi", "ok", "ừ", "lưu"); no words edit
/// ("sai", "chưa đúng", "sửa", and plain "không": a person who says no to a summary wants it right, and cancel
/// loses every answer, so it takes an explicit "hủy"). Null when the text is none of these.
/// </summary>
public static class ConfirmWords
{
    private static readonly HashSet<string> Save = ["gui", "gui di", "xong", "xong roi", "nop", "luu bao cao"];
    private static readonly HashSet<string> Edit = ["chinh", "chinh sua", "sua doi", "doi", "doi lai", "lam lai"];
    private static readonly HashSet<string> Cancel =
    [
        "huy",
        "huy bo",
        "huy di",
        "xoa",
        "xoa di",
        "bo di",
        "thoi khong luu",
    ];

    public static ConfirmChoice? Read(string? text)
    {
        var key = TextKey.Of(text);
        if (Cancel.Contains(key))
            return ConfirmChoice.Cancel;
        if (Save.Contains(key))
            return ConfirmChoice.Save;
        if (Edit.Contains(key))
            return ConfirmChoice.Edit;
        return YesNo.TryParse(key) switch
        {
            true => ConfirmChoice.Save,
            false => ConfirmChoice.Edit,
            null => null,
        };
    }
}
