namespace ThanUyen.Bot.Channels.Zalo;

/// <summary>
/// Which photo URLs in Zalo updates the service may fetch. An update's URL is input from outside: without a
/// list, a forged webhook body could make the service fetch from anywhere it can reach (its own /ops, a
/// metadata address). Entries: "zdn.vn" (that host, https), "*.zdn.vn" (its subdomains, https), or a full
/// origin "http://127.0.0.1:5000" (exactly that scheme, host and port — for tests and odd set-ups).
/// </summary>
public sealed class MediaHostAllowlist(IEnumerable<string> entries)
{
    private readonly string[] _entries = entries
        .Select(e => e.Trim().ToLowerInvariant())
        .Where(e => e.Length > 0)
        .ToArray();

    public bool Allows(Uri uri)
    {
        if (!uri.IsAbsoluteUri || uri.UserInfo.Length > 0)
            return false;
        var host = uri.IdnHost.ToLowerInvariant();
        foreach (var entry in _entries)
        {
            if (entry.Contains("://", StringComparison.Ordinal))
            {
                if (
                    Uri.TryCreate(entry, UriKind.Absolute, out var origin)
                    && origin.Scheme == uri.Scheme
                    && origin.IdnHost.Equals(host, StringComparison.OrdinalIgnoreCase)
                    && origin.Port == uri.Port
                )
                    return true;
                continue;
            }
            if (uri.Scheme != Uri.UriSchemeHttps || !uri.IsDefaultPort)
                continue;
            if (
                entry.StartsWith("*.", StringComparison.Ordinal)
                    ? host.EndsWith(entry[1..], StringComparison.Ordinal)
                    : host == entry
            )
                return true;
        }
        return false;
    }
}
