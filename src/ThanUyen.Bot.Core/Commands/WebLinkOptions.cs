namespace ThanUyen.Bot.Core.Commands;

/// <summary>What /web needs from the "Web" settings section (the host binds the rest of it).</summary>
public sealed class WebLinkOptions
{
    public const string Section = "Web";

    /// <summary>The public HTTPS address of the service ("https://bot.example.vn"); empty: no web view links.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>A sign-in link works once, within this many minutes.</summary>
    public int SignInLinkMinutes { get; set; } = 15;

    /// <summary>A web session ends after this many days without use.</summary>
    public int SessionDays { get; set; } = 7;
}
