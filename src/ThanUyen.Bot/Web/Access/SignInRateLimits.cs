using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ThanUyen.Bot.Core.Storage;
using ThanUyen.Bot.Web.Pages;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Access;

/// <summary>
/// Sign-in links are guessed nowhere near (256 bits), but trying costs a database read: each address gets
/// <see cref="WebOptions.SignInAttemptsPerMinute"/> attempts a minute, and each link
/// <see cref="WebOptions.AttemptsPerLink"/> in its 15 minutes. Other paths are not limited.
/// </summary>
public static class SignInRateLimits
{
    public static void Configure(RateLimiterOptions limiter, WebOptions web)
    {
        var perAddress = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsSignIn(context)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    Address(context),
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = web.SignInAttemptsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                    }
                )
                : RateLimitPartition.GetNoLimiter("")
        );
        var perLink = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsSignIn(context)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    WebSessionStore.Hash(context.Request.Path.Value ?? ""),
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = web.AttemptsPerLink,
                        Window = TimeSpan.FromMinutes(15),
                    }
                )
                : RateLimitPartition.GetNoLimiter("")
        );
        limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(perAddress, perLink);
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (context, cancel) =>
            await Layout
                .Notice(T.WebTooManyAttempts, null, StatusCodes.Status429TooManyRequests)
                .ExecuteAsync(context.HttpContext);
    }

    private static bool IsSignIn(HttpContext context) => context.Request.Path.StartsWithSegments("/web/login");

    /// <summary>
    /// The caller's address; behind the local reverse proxy (a loopback connection), the address the proxy
    /// added last to X-Forwarded-For.
    /// </summary>
    private static string Address(HttpContext context)
    {
        var ip = context.Connection.RemoteIpAddress;
        if (ip is not null && IPAddress.IsLoopback(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip))
        {
            var forwarded = context.Request.Headers["X-Forwarded-For"].ToString();
            if (forwarded.Length > 0)
                return forwarded.Split(',')[^1].Trim();
        }
        return ip?.ToString() ?? "";
    }
}
