using System.Globalization;

namespace ThanUyen.Bot.Core.Reviews;

/// <summary>
/// A review card's button: "r:{code}:{version}:{decision}" (+ ":w" when the card came from /review and the
/// next one follows), and the reporter's "e:{code}" that opens /edit. Beside Conversations.ButtonData's "s:"
/// and "m:"; the longest ("r:BC-123456:99999:later:w") stays far under Telegram's 64 bytes.
/// </summary>
public sealed record ReviewButton(string Code, int Version, string Decision, bool Walk)
{
    public const string Approve = "ok",
        SendBack = "fix",
        Reject = "no",
        Later = "later";

    private static readonly string[] Decisions = [Approve, SendBack, Reject, Later];

    public string Data => $"r:{Code}:{Version.ToString(CultureInfo.InvariantCulture)}:{Decision}{(Walk ? ":w" : "")}";

    public static string Edit(string code) => $"e:{code}";

    public static bool TryParse(string? data, out ReviewButton button)
    {
        button = null!;
        var parts = data?.Split(':') ?? [];
        if (
            parts.Length is < 4 or > 5
            || parts[0] != "r"
            || parts[1].Length == 0
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !Decisions.Contains(parts[3])
            || (parts.Length == 5 && parts[4] != "w")
        )
            return false;
        button = new ReviewButton(parts[1], version, parts[3], parts.Length == 5);
        return true;
    }

    /// <summary>The command a review button stands for: "/review" (it reads the press) or "/edit BC-0012".</summary>
    public static string? AsCommand(string? data)
    {
        if (TryParse(data, out _))
            return "/review";
        if (
            data is ['e', ':', .. var code]
            && code.Length > 0
            && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
        )
            return $"/edit {code}";
        return null;
    }
}
