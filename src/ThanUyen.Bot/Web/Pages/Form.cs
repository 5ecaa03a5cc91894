using Microsoft.AspNetCore.Antiforgery;
using ThanUyen.Bot.Web.Access;
using ThanUyen.Bot.Web.Html;
using static ThanUyen.Bot.Web.Html.Tags;

namespace ThanUyen.Bot.Web.Pages;

/// <summary>What every POST form carries: the anti-forgery token (checked by AntiforgeryFilter).</summary>
public static class Form
{
    public const string TokenField = "__af";

    public static Markup Token(WebViewer viewer) => Hidden(viewer.FormToken);

    /// <summary>For pages shown before anyone is signed in (the sign-in button).</summary>
    public static Markup Token(HttpContext context) =>
        Hidden(context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken!);

    private static Markup Hidden(string token) => H($"<input type=\"hidden\" name=\"{TokenField}\" value=\"{token}\">");
}
