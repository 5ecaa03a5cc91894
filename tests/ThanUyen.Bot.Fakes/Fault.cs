namespace ThanUyen.Bot.Fakes;

/// <summary>What a fake answers instead of the normal result: an error, a dropped connection, a hang.</summary>
public sealed record Fault(
    int Code,
    string Description,
    int? RetryAfter = null,
    bool Hang = false,
    bool Drop = false,
    bool Html = false
)
{
    public static readonly Fault BadGatewayPage = new(502, "Bad Gateway", Html: true);
    public static readonly Fault Dropped = new(0, "connection dropped", Drop: true);
    public static readonly Fault Hangs = new(0, "no answer", Hang: true);

    /// <summary>One of the faults a real network and Bot API produce, picked at random.</summary>
    public static Fault Any(Random random, bool allowHang) =>
        random.Next(allowHang ? 5 : 4) switch
        {
            0 => TooManyRequests(random.Next(1, 4)),
            1 => ServerError,
            2 => BadGatewayPage,
            3 => Dropped,
            _ => Hangs,
        };

    public static Fault TooManyRequests(int retryAfter) =>
        new(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);

    public static readonly Fault ServerError = new(500, "Internal Server Error");
    public static readonly Fault Blocked = new(403, "Forbidden: bot was blocked by the user");
}
