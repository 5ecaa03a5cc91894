namespace ThanUyen.Bot.Core.Conversations;

/// <summary>
/// Callback data our keyboards produce: "s:{step}:{value}" answers a question, "m:{command}" is a
/// menu button. Anything else did not come from us. Kept well under Telegram's 64-byte limit.
/// </summary>
public static class ButtonData
{
    public static string Answer(string stepKey, string value) => $"s:{stepKey}:{value}";

    public static string Menu(string command) => $"m:{command}";

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
