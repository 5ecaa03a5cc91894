using Microsoft.AspNetCore.Antiforgery;
using ThanUyen.Bot.Core.Community;
using ThanUyen.Bot.Core.Storage;

namespace ThanUyen.Bot.Web.Access;

/// <summary>
/// The signed-in person of a web request, put there by <see cref="ViewerGate"/>: pages take it as a
/// parameter and decide what to show with <see cref="Scope"/>, exactly as chat commands do.
/// </summary>
public sealed class WebViewer(Member member, WebSession session, HttpContext context)
{
    private const string Key = "web-viewer";
    private string? _token;

    public Member Member => member;
    public WebSession Session => session;
    public bool IsAdmin => member.Role == Role.Admin;

    /// <summary>The anti-forgery token every form carries (its cookie is set with the page).</summary>
    public string FormToken =>
        _token ??= context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken!;

    public void Attach() => context.Items[Key] = this;

    /// <summary>Minimal API binding: the viewer the filter attached.</summary>
    public static ValueTask<WebViewer?> BindAsync(HttpContext context) =>
        ValueTask.FromResult(context.Items[Key] as WebViewer);
}
