namespace ThanUyen.Bot.Web;

public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>
    /// The public HTTPS address the reverse proxy forwards to this service ("https://bot.example.vn").
    /// Needed for Zalo photos (Zalo fetches images by URL), export download links and the web view's
    /// sign-in links (/web). Empty: none.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a download link for an export stays valid.</summary>
    public int DownloadLinkHours { get; set; } = 24;

    /// <summary>Sign-in attempts (opening or using a link) one address may make per minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 20;

    /// <summary>Attempts with one sign-in link (a person needs two: open it, press the button).</summary>
    public int AttemptsPerLink { get; set; } = 6;

    /// <summary>True when people reach the service over HTTPS: cookies are then Secure.</summary>
    public bool PublicIsHttps => PublicBaseUrl?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true;
}
