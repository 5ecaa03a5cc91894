namespace ThanUyen.Bot.Channels;

/// <summary>Removes secrets (bot tokens) from text before it reaches a log line.</summary>
public sealed class SecretScrubber(IEnumerable<string?> secrets)
{
    private readonly string[] _secrets = secrets
        .Where(s => !string.IsNullOrWhiteSpace(s))
        .Select(s => s!.Trim())
        .ToArray();

    public string Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
            // The numeric bot id before ':' alone is harmless; the part after it is the secret.
            var colon = secret.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
                text = text.Replace(secret[(colon + 1)..], "***", StringComparison.Ordinal);
        }
        return text;
    }

    /// <summary>"HttpRequestException: Connection refused" with secrets removed; no stack, no URL.</summary>
    public string Describe(Exception e) => Scrub($"{e.GetType().Name}: {e.Message}");
}
