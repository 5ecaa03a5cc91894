namespace ThanUyen.Bot.Core.Commands;

/// <summary>Splits "/invite@ThanUyenBot member tham phe" into ("invite", "member tham phe").</summary>
public static class CommandLine
{
    public const int MaxArgsLength = 500;

    public static bool TryParse(string? text, out string name, out string args)
    {
        name = args = "";
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var t = text.Trim();
        if (t.Length < 2 || t[0] != '/')
            return false;
        var space = t.IndexOfAny([' ', '\n', '\t']);
        var head = space < 0 ? t[1..] : t[1..space];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
            head = head[..at];
        name = head.ToLowerInvariant();
        args = space < 0 ? "" : t[(space + 1)..].Trim();
        if (args.Length > MaxArgsLength)
            args = args[..MaxArgsLength];
        return name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
    }
}
