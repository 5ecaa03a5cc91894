using System.Security.Cryptography;

namespace ThanUyen.Bot.Core.Community;

/// <summary>
/// Invitation codes: 8 characters without look-alikes (no 0/O, 1/I/L), easy to read out on the phone.
/// </summary>
public static class InvitationCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 8;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static string Normalize(string text) =>
        text.Trim()
            .ToUpperInvariant()
            .Replace("-", "", StringComparison.Ordinal)
            .Replace(" ", "", StringComparison.Ordinal);

    public static bool LooksLikeCode(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var code = Normalize(text);
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
    }
}
