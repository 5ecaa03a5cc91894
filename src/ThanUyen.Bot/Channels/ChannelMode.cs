namespace ThanUyen.Bot.Channels;

public enum ChannelMode
{
    /// <summary>The service asks the platform for updates (no public URL needed).</summary>
    Polling,

    /// <summary>The platform posts updates to a public HTTPS URL (production, behind a reverse proxy).</summary>
    Webhook,
}
