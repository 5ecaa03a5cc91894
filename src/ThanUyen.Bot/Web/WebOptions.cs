namespace ThanUyen.Bot.Web;

public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>
    /// The public HTTPS address the reverse proxy forwards to this service ("https://bot.example.vn").
    /// Needed for Zalo photos (Zalo fetches images by URL) and export download links. Empty: none.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a download link for an export stays valid.</summary>
    public int DownloadLinkHours { get; set; } = 24;
}
