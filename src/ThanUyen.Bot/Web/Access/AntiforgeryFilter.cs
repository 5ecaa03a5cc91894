using Microsoft.AspNetCore.Antiforgery;
using ThanUyen.Bot.Web.Pages;
using T = ThanUyen.Bot.Core.Texts.Texts;

namespace ThanUyen.Bot.Web.Access;

/// <summary>
/// Every POST of the web view must carry the token its form was given (and the matching cookie): a page on
/// another site cannot make a signed-in browser act. Checked before the handler reads anything.
/// </summary>
public sealed class AntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context.HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return Layout.Notice(T.WebStaleForm, null, StatusCodes.Status400BadRequest);
        }
        return await next(context);
    }
}
