using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace ThanUyen.Bot.Web;

/// <summary>What both webhook endpoints check before anything else: the secret header, and a capped body.</summary>
public static class WebhookRequest
{
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Constant-time comparison: a wrong secret takes as long to reject as a nearly right one.</summary>
    public static bool HasSecret(HttpRequest request, string header, string? secret)
    {
        if (string.IsNullOrEmpty(secret))
            return false;
        var given = request.Headers[header].ToString();
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(secret));
    }

    /// <summary>The body as text, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    public static async Task<string?> ReadBodyAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBodyBytes;
        if (context.Request.ContentLength > MaxBodyBytes)
            return null;
        try
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var buffer = new char[MaxBodyBytes + 1];
            var read = await reader.ReadBlockAsync(buffer, context.RequestAborted);
            return read > MaxBodyBytes ? null : new string(buffer, 0, read);
        }
        catch (BadHttpRequestException)
        {
            return null;
        }
    }
}
