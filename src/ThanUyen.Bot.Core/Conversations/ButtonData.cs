namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// Callback data our keyboards produce: "s:{step}:{value}" answers a question, "l:{flow}:{step}" replays its
/// recording, "v:{code}" shows a report, "m:{command}" is a menu button, "p:{command}:{page}:{args}" turns a
/// list's page. Anything else did not come from us. Kept under Telegram's 64-byte limit (a page button whose
/// arguments would not fit is not offered).
/// </summary>
public static class ButtonData
{
    public static string Answer(string stepKey, string value) => $"s:{stepKey}:{value}";

    public static string Menu(string command) => $"m:{command}";

    /// <summary>"🔊 Nghe lại": sends the recorded question of flow <paramref name="flowId"/> again.</summary>
    public static string Listen(string flowId, string stepKey) => $"l:{flowId}:{stepKey}";

    public static bool TryReadListen(string? data, out string flowId, out string stepKey)
    {
        (flowId, stepKey) = ("", "");
        if (data is null || !data.StartsWith("l:", StringComparison.Ordinal))
            return false;
        var parts = data[2..].Split(':', 2);
        if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
            return false;
        (flowId, stepKey) = (parts[0], parts[1]);
        return true;
    }

    /// <summary>"👁️ Xem" beside a report: "v:BC-0012" runs /view BC-0012.</summary>
    public static string View(string code) => $"v:{code}";

    public static bool TryReadView(string? data, out string code)
    {
        code = data is not null && data.StartsWith("v:", StringComparison.Ordinal) ? data[2..] : "";
        return code.Length > 0 && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
    }

    /// <summary>Telegram refuses callback data over 64 bytes.</summary>
    public const int MaxBytes = 64;

    public static string Page(string command, int page, string args) =>
        $"p:{command}:{page.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{args}";

    public static bool Fits(string data) => System.Text.Encoding.UTF8.GetByteCount(data) <= MaxBytes;

    public static bool TryReadPage(string? data, out string command, out int page, out string args)
    {
        (command, page, args) = ("", 0, "");
        if (data is null || !data.StartsWith("p:", StringComparison.Ordinal))
            return false;
        var parts = data[2..].Split(':', 3);
        if (
            parts.Length < 2
            || parts[0].Length == 0
            || !parts[0].All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            || !int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out page)
            || page < 1
        )
            return false;
        (command, args) = (parts[0], parts.Length > 2 ? parts[2] : "");
        return true;
    }

    public static bool TryReadAnswer(string? data, out string stepKey, out string value)
    {
        stepKey = value = "";
        if (data is null || !data.StartsWith("s:", StringComparison.Ordinal))
            return false;
        var colon = data.IndexOf(':', 2);
        if (colon < 0)
            return false;
        stepKey = data[2..colon];
        value = data[(colon + 1)..];
        return stepKey.Length > 0;
    }

    public static bool TryReadMenu(string? data, out string command)
    {
        command = "";
        if (data is null || !data.StartsWith("m:", StringComparison.Ordinal) || data.Length < 3)
            return false;
        command = data[2..];
        return command.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
    }
}
