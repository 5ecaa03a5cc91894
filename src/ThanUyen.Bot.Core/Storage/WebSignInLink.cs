namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// A one-time sign-in link for the web view. Only the SHA-256 of its secret is kept: whoever reads the
/// database cannot sign in with it.
/// </summary>
public sealed class WebSignInLink
{
    /// <summary>SHA-256 of the link's secret, lowercase hex.</summary>
    public string Id { get; set; } = "";
    public int MemberId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
}
